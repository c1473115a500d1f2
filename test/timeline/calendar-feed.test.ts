// Calendar subscriptions and one-agreement calendar files, against the running app.
import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, signedIn, type TestClient } from '#test/support/client'

let app: TRunningApp
let legal: TestClient
let agreementId: string

function vevents(ics: string) {
  return ics.split('BEGIN:VEVENT').slice(1)
}

/** The feed address shown once on the Calendar page after creating it. */
async function createFeed(client: TestClient) {
  const page = await client.submit('/calendar', { intent: 'create' })
  expect(page.status).toBe(200)
  const url = /id="feed-url"[^>]*value="([^"]+)"/.exec(page.text)?.[1]
  if (!url) throw new Error('No subscription address on the Calendar page')
  return new URL(url).pathname
}

beforeAll(async () => {
  app = await startApp()
  const commissionerToken = await createToken(await signedIn(app.baseUrl, 'commissioner@kent.example'))
  const created = await api(app.baseUrl, '/api/v1/agreements', commissionerToken, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ template: 'kent-stls', commencesOn: '2026-09-01', endsOn: '2029-08-31' }),
  })
  agreementId = (created.body as { id: string }).id
  legal = await signedIn(app.baseUrl, 'legal@kent.example')
  const legalToken = await createToken(legal)
  // Friday 20 November 2026 at 16:30 by hand: deemed served Monday 23 November (Kent STLS 16.1),
  // termination 6 months later on 23 May 2027 (clause 14).
  await api(app.baseUrl, `/api/v1/agreements/${agreementId}/events`, legalToken, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'notice_served', occurredOn: '2026-11-20', method: 'hand', time: '16:30' }),
  })
}, 240_000)

afterAll(async () => {
  await app?.stop()
})

describe('calendar subscription', () => {
  it('serves the deadlines the user can see, and stops after revocation', async () => {
    const path = await createFeed(legal)
    expect(path).toMatch(/^\/calendar-feed\/cal_[\w-]+\.ics$/)

    const response = await fetch(new URL(path, app.baseUrl))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain('filename="sla-deadlines.ics"')
    const ics = await response.text()
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true)
    const events = vevents(ics)
    const served = events.find((event) => event.includes('DTSTART;VALUE=DATE:20261123') && event.includes('CATEGORIES:notice.deemed_served'))
    const termination = events.find((event) => event.includes('DTSTART;VALUE=DATE:20270523') && event.includes('CATEGORIES:termination.effective'))
    expect(served).toBeDefined()
    expect(termination).toBeDefined()
    // Every entry of the agreement's timeline is one event.
    const legalToken = await createToken(legal, 'Feed comparison')
    const { entries } = (await api(app.baseUrl, `/api/v1/agreements/${agreementId}/timeline`, legalToken)).body as { entries: unknown[] }
    expect(events.filter((event) => event.includes(`UID:${agreementId}-`))).toHaveLength(entries.length)

    // UIDs stay the same from one fetch to the next, so calendar apps update rather than duplicate.
    const again = await (await fetch(new URL(path, app.baseUrl))).text()
    const uids = (text: string) => [...text.matchAll(/^UID:(.+)$/gm)].map(([, uid]) => uid.trim())
    expect(uids(again)).toEqual(uids(ics))

    const revoked = await legal.submit('/calendar', { intent: 'revoke' })
    expect(revoked.status).toBe(200)
    expect((await fetch(new URL(path, app.baseUrl))).status).toBe(404)
  })

  it('replaces the old address when a new one is created', async () => {
    const first = await createFeed(legal)
    const second = await createFeed(legal)
    expect(second).not.toBe(first)
    expect((await fetch(new URL(first, app.baseUrl))).status).toBe(404)
    expect((await fetch(new URL(second, app.baseUrl))).status).toBe(200)
  })

  it('shows another authority’s user none of Kent’s deadlines', async () => {
    const southend = await signedIn(app.baseUrl, 'legal@southend.example')
    const ics = await (await fetch(new URL(await createFeed(southend), app.baseUrl))).text()
    expect(ics).not.toContain(agreementId)
  })
})

describe('one-agreement calendar file', () => {
  it('downloads the agreement’s deadlines for someone who can read it', async () => {
    const response = await legal.get(`/agreements/${agreementId}/timeline.ics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="KCC-[\w-]+-deadlines\.ics"$/)
    expect(response.text).toContain('DTSTART;VALUE=DATE:20270523')
  })

  it('is not found for another authority’s user', async () => {
    const southend = await signedIn(app.baseUrl, 'legal@southend.example')
    expect((await southend.get(`/agreements/${agreementId}/timeline.ics`)).status).toBe(404)
  })
})
