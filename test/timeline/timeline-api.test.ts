// The timeline through the API, the page and the calendar feed, against the running app.
// Expected dates are worked out by hand from the Kent STLS SLA: clause 16.1 (hand delivery after
// 4.00 pm counts from the next business day) and clause 14 (6 months' notice, no alignment).
import { MongoClient } from 'mongodb'
import { resolveDatabase } from '#db/connection'
import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, signedIn, type TestClient } from '#test/support/client'

type TEntry = { key: string; date: string; label: string; clause: string; basis: string; amount?: number }

let app: TRunningApp
let commissionerToken: string
let legal: TestClient
let legalToken: string

async function createAgreement(template: string) {
  const response = await api(app.baseUrl, '/api/v1/agreements', commissionerToken, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ template, commencesOn: '2026-09-01', endsOn: '2029-08-31' }),
  })
  expect(response.status).toBe(201)
  return (response.body as { id: string }).id
}

async function timeline(agreementId: string, query = '', token = legalToken) {
  return api(app.baseUrl, `/api/v1/agreements/${agreementId}/timeline${query}`, token)
}

/** The audit trail the running app wrote for one agreement, read from its own database. */
async function auditActionsFor(agreementId: string) {
  const database = await resolveDatabase({ dataDir: app.dataDir, mongodbUri: app.env.MONGODB_URI })
  const client = await MongoClient.connect(database.uri)
  try {
    const events = await client.db().collection('auditevents').find({ 'subject.id': agreementId }).toArray()
    return events.map((event) => String(event.action))
  } finally {
    await client.close()
    await database.close()
  }
}

/** The dated list on the page, as `key date` pairs in page order. */
function pageEntries(html: string) {
  return [...html.matchAll(/data-key="([^"]+)"><p[^>]*><time datetime="(\d{4}-\d{2}-\d{2})"/gi)].map(([, key, date]) => `${key} ${date}`)
}

/** React separates adjacent text with `<!-- -->`; the words a reader sees are the page without them. */
function withoutReactMarkers(html: string) {
  return html.replaceAll('<!-- -->', '')
}

beforeAll(async () => {
  app = await startApp()
  const commissioner = await signedIn(app.baseUrl, 'commissioner@kent.example')
  commissionerToken = await createToken(commissioner)
  legal = await signedIn(app.baseUrl, 'legal@kent.example')
  legalToken = await createToken(legal)
}, 240_000)

afterAll(async () => {
  await app?.stop()
})

describe('what if a notice is served', () => {
  const handDeliveryAfterFour = '?noticeServedOn=2026-11-20&noticeMethod=hand&noticeTime=16:30'

  it('gives the same dates through the API and on the timeline page', async () => {
    const agreementId = await createAgreement('kent-stls')
    const response = await timeline(agreementId, handDeliveryAfterFour)
    expect(response.status).toBe(200)
    const { entries } = response.body as { entries: TEntry[] }
    // Friday 20 November 2026 at 16:30, after the 16:00 cut-off: served on Monday 23 November.
    const served = entries.find((entry) => entry.key === 'notice.deemed_served')
    expect(served).toMatchObject({ date: '2026-11-23', clause: '16.1' })
    // 6 months after 23 November 2026.
    expect(entries.find((entry) => entry.key === 'termination.effective')).toMatchObject({ date: '2027-05-23', clause: '14' })

    const page = await legal.get(`/agreements/${agreementId}/timeline${handDeliveryAfterFour}`)
    expect(page.status).toBe(200)
    expect(pageEntries(page.text)).toEqual(entries.map((entry) => `${entry.key} ${entry.date}`))
    const answer = /id="what-if-notice"[\s\S]*?<\/p>/.exec(withoutReactMarkers(page.text))?.[0] ?? ''
    expect(answer).toMatch(/it is deemed served on <time datetime="2026-11-23">23 November 2026<\/time>/i)
    expect(answer).toContain('termination takes effect on 23 May 2027')
  })

  it('stores nothing', async () => {
    const agreementId = await createAgreement('kent-stls')
    await timeline(agreementId, handDeliveryAfterFour)
    const { entries } = (await timeline(agreementId)).body as { entries: TEntry[] }
    expect(entries.some((entry) => entry.key === 'notice.deemed_served' || entry.key === 'termination.effective')).toBe(false)
  })

  it('works out dispute stage deadlines from the referral date', async () => {
    const agreementId = await createAgreement('kent-pru-sla')
    const { entries } = (await timeline(agreementId, '?disputeReferredOn=2026-11-23')).body as { entries: TEntry[] }
    // Kent PRU SLA: 21 days at the Management Committee from 23 November 2026.
    expect(entries.filter((entry) => entry.key === 'dispute.stage_deadline').map((entry) => entry.date)).toEqual(['2026-12-14'])
  })

  it.each([
    ['noticeServedOn=2026-13-40', 'noticeServedOn'],
    ['noticeServedOn=2026-11-20&noticeMethod=pigeon', 'noticeMethod'],
    ['noticeServedOn=2026-11-20&noticeTime=25:00', 'noticeTime'],
    ['noticeMethod=post', 'noticeServedOn'],
    ['disputeReferredOn=yesterday', 'disputeReferredOn'],
    ['asOf=2026-02-30', 'asOf'],
  ])('answers 400 naming the bad parameter for ?%s', async (query, parameter) => {
    const agreementId = await createAgreement('kent-stls')
    const response = await timeline(agreementId, `?${query}`)
    expect(response.status).toBe(400)
    const { error } = response.body as { error: { code: string; message: string; details: { fields: Record<string, string> } } }
    expect(error.code).toBe('validation')
    expect(error.message).toContain(parameter)
    expect(Object.keys(error.details.fields)).toEqual([parameter])
  })
})

describe('recording events', () => {
  it('adds a served notice to the timeline and returns the entries it adds', async () => {
    const agreementId = await createAgreement('kent-stls')
    const response = await api(app.baseUrl, `/api/v1/agreements/${agreementId}/events`, legalToken, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'notice_served', occurredOn: '2026-11-20', method: 'hand', time: '16:30', notes: 'Handed to reception' }),
    })
    expect(response.status).toBe(201)
    const { event, entries } = response.body as { event: { type: string; occurredOn: string; method: string }; entries: TEntry[] }
    expect(event).toMatchObject({ type: 'notice_served', occurredOn: '2026-11-20', method: 'hand', time: '16:30' })
    const added = entries.map((entry) => `${entry.key} ${entry.date}`)
    expect(added).toContain('notice.deemed_served 2026-11-23')
    expect(added).toContain('termination.effective 2027-05-23')

    const after = (await timeline(agreementId)).body as { entries: TEntry[] }
    expect(after.entries.find((entry) => entry.key === 'notice.deemed_served')?.date).toBe('2026-11-23')
    const page = await legal.get(`/agreements/${agreementId}/timeline`)
    expect(pageEntries(page.text)).toContain('termination.effective 2027-05-23')
    expect(page.text).toContain('Handed to reception')
    expect((await auditActionsFor(agreementId)).filter((action) => action === 'agreement_event.recorded')).toHaveLength(1)
  })

  it('records the termination clause a notice was served under (Kent PRU has two six-month clauses); a clause not in the agreement is refused', async () => {
    const agreementId = await createAgreement('kent-pru-sla')
    const post = (body: unknown) =>
      api(app.baseUrl, `/api/v1/agreements/${agreementId}/events`, legalToken, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    const notice = { type: 'notice_served', occurredOn: '2026-11-23', method: 'hand', time: '11:00' }

    const unknown = await post({ ...notice, clauseId: 'termination.99' })
    expect(unknown.status).toBe(400)
    expect(Object.keys((unknown.body as { error: { details: { fields: Record<string, string> } } }).error.details.fields)).toEqual(['clauseId'])
    const notANotice = await post({ type: 'dispute_referred', occurredOn: '2026-11-23', clauseId: 'termination.99' })
    expect(Object.keys((notANotice.body as { error: { details: { fields: Record<string, string> } } }).error.details.fields)).toEqual(['clauseId'])

    // The page offers the agreement's notice clauses to choose from.
    const page = await legal.get(`/agreements/${agreementId}/timeline`)
    const choices = [...(/<select[^>]*name="clauseId"[^>]*>([\s\S]*?)<\/select>/.exec(page.text)?.[1] ?? '').matchAll(/<option value="([^"]+)">/g)].map((match) => match[1])
    expect(choices).toHaveLength(2)

    const recorded = await post({ ...notice, clauseId: choices[0] })
    expect(recorded.status).toBe(201)
    const { event, entries } = recorded.body as { event: { clauseId: string }; entries: TEntry[] }
    expect(event.clauseId).toBe(choices[0])
    // Served that day (no notices clause): six months later, under that one clause only.
    expect(entries.filter((entry) => entry.key === 'termination.effective').map((entry) => entry.date)).toEqual(['2027-05-23'])
  })

  it('records an event from the timeline page form', async () => {
    const agreementId = await createAgreement('kent-pru-sla')
    const response = await legal.submit(`/agreements/${agreementId}/timeline`, { intent: 'record-event', type: 'dispute_referred', occurredOn: '2026-11-23', method: '', time: '', notes: '' })
    expect(response.status).toBe(200)
    expect(withoutReactMarkers(response.text)).toContain('Dispute referred on 23 November 2026 recorded')
    const { entries } = (await timeline(agreementId)).body as { entries: TEntry[] }
    expect(entries.filter((entry) => entry.key === 'dispute.stage_deadline').map((entry) => entry.date)).toEqual(['2026-12-14'])
  })

  it('answers 400 with field paths for a bad event', async () => {
    const agreementId = await createAgreement('kent-stls')
    const response = await api(app.baseUrl, `/api/v1/agreements/${agreementId}/events`, legalToken, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'notice_served', occurredOn: '20/11/2026', time: '4pm' }),
    })
    expect(response.status).toBe(400)
    const { error } = response.body as { error: { details: { fields: Record<string, string> } } }
    expect(Object.keys(error.details.fields).sort()).toEqual(['method', 'occurredOn', 'time'])
  })

  it('hides another authority’s agreement and refuses read-only roles', async () => {
    const agreementId = await createAgreement('kent-stls')
    const southendLegal = await createToken(await signedIn(app.baseUrl, 'legal@southend.example'))
    expect((await timeline(agreementId, '', southendLegal)).status).toBe(404)
    const southendPost = await api(app.baseUrl, `/api/v1/agreements/${agreementId}/events`, southendLegal, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'dispute_referred', occurredOn: '2026-11-23' }),
    })
    expect(southendPost.status).toBe(404)

    const auditorToken = await createToken(await signedIn(app.baseUrl, 'auditor@kent.example'))
    expect((await timeline(agreementId, '', auditorToken)).status).toBe(200)
    const auditorPost = await api(app.baseUrl, `/api/v1/agreements/${agreementId}/events`, auditorToken, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'dispute_referred', occurredOn: '2026-11-23' }),
    })
    expect(auditorPost.status).toBe(403)
  })
})
