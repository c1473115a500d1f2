import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, signedIn, type TestClient } from '#test/support/client'

let app: TRunningApp
let kentAdmin: TestClient

type TAuditEventsJson = { page: number; hasNextPage: boolean; events: Array<{ at: string; actorEmail: string | null; action: string; summary: string }> }

beforeAll(async () => {
  app = await startApp()
  // Something to find: a commissioner signs in and out.
  const commissioner = await signedIn(app.baseUrl, 'commissioner@kent.example')
  await commissioner.get('/')
  expect((await commissioner.post('/sign-out', {})).location).toBe('/sign-in')
  kentAdmin = await signedIn(app.baseUrl, 'admin@kent.example')
}, 180_000)

afterAll(async () => {
  await app?.stop()
})

describe('the audit trail page', () => {
  it('shows an authority’s admin who signed in and out, when (London time) and from where, newest first', async () => {
    const response = await kentAdmin.get('/audit?q=commissioner%40kent.example')
    expect(response.status).toBe(200)
    expect(response.text).toContain('href="/audit"')
    const rows = [...response.text.matchAll(/<tr class="govuk-table__row"><td class="govuk-table__cell" data-label="When">([^<]+)<\/td><td class="govuk-table__cell" data-label="Who">([^<]+)<\/td><td class="govuk-table__cell" data-label="What happened">([^<]+)/g)].map(
      ([, at, who, summary]) => ({ at, who, summary }),
    )
    expect(rows.map((row) => row.summary)).toEqual(['Clare Commissioner signed out', expect.stringMatching(/^Clare Commissioner signed in from \S+$/)])
    for (const row of rows) {
      expect(row.who).toBe('Clare Commissioner (commissioner@kent.example)')
      expect(row.at).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}:\d{2} (GMT|BST)$/)
    }
  })

  it('shows an auditor their own authority’s events and another authority’s admin none of them', async () => {
    const auditor = await signedIn(app.baseUrl, 'auditor@kent.example')
    expect((await auditor.get('/audit?q=Clare+Commissioner+signed+out')).text).toContain('Clare Commissioner signed out')
    const southend = await signedIn(app.baseUrl, 'admin@southend.example')
    const elsewhere = await southend.get('/audit?q=kent.example')
    expect(elsewhere.status).toBe(200)
    expect(elsewhere.text).toContain('No events match these filters.')
  })

  it('is refused to commissioners and providers, in the browser, as CSV and through the API', async () => {
    for (const email of ['commissioner@kent.example', 'provider@nwk-aps.example']) {
      const client = await signedIn(app.baseUrl, email)
      expect((await client.get('/')).text).not.toContain('Audit trail')
      expect((await client.get('/audit')).status).toBe(403)
      expect((await client.get('/audit.csv')).status).toBe(403)
      const refused = await api(app.baseUrl, '/api/v1/audit-events', await createToken(client))
      expect(refused.status).toBe(403)
      expect(refused.body).toMatchObject({ error: { code: 'forbidden' } })
    }
  })

  it('names a bad filter beside its field and in the error summary, and lists nothing until it is put right', async () => {
    const impossible = await kentAdmin.get('/audit?from=2026-02-30')
    expect(impossible.text).toContain('<a href="#from">From must be a real date</a>')
    expect(impossible.text).not.toContain('govuk-table__body')
    const backwards = await kentAdmin.get('/audit?from=2026-11-23&to=2026-11-01')
    expect(backwards.text).toContain('<a href="#to">The &quot;to&quot; date must be the same as or after the &quot;from&quot; date</a>')
    const tomorrowOn = new Date(Date.now() + 36 * 60 * 60 * 1000).toISOString().slice(0, 10)
    expect((await kentAdmin.get(`/audit?from=${tomorrowOn}`)).text).toContain('No events match these filters.')
  })

  it('takes From and To as day, month and year boxes, naming a missing part and keeping what was typed', async () => {
    const missing = await kentAdmin.get('/audit?from-day=2&from-month=&from-year=2026')
    expect(missing.text).toContain('<a href="#from-month">From must include a month</a>')
    expect(missing.text).toMatch(/name="from-day"[^>]*value="2"/)
    const typed = await kentAdmin.get('/audit?q=signed+out&from-day=1&from-month=1&from-year=2020&to-day=31&to-month=12&to-year=2099')
    expect(typed.text).toContain('Clare Commissioner signed out')
  })

  it('downloads the filtered events as CSV', async () => {
    const response = await kentAdmin.get('/audit.csv?q=signed+out')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="audit-trail.csv"')
    const [header, ...rows] = response.text.trim().split('\r\n')
    expect(header).toBe('At (UTC),London time,Who,Action,What happened,Subject,Subject id')
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row).toMatch(/,session\.signed_out,.* signed out,User,[0-9a-f]{24}$/)
    expect(rows.some((row) => row.includes('commissioner@kent.example'))).toBe(true)
  })
})

describe('GET /api/v1/audit-events', () => {
  it('lists the same events as JSON, a page at a time, and answers a bad date with 400 naming it', async () => {
    const token = await createToken(kentAdmin)
    const { status, body } = await api(app.baseUrl, '/api/v1/audit-events?q=signed+out', token)
    expect(status).toBe(200)
    const listed = body as TAuditEventsJson
    expect(listed.page).toBe(1)
    expect(listed.hasNextPage).toBe(false)
    expect(listed.events.map((event) => event.action)).toEqual(['session.signed_out'])
    expect(listed.events[0]).toMatchObject({ actorEmail: 'commissioner@kent.example', summary: 'Clare Commissioner signed out' })

    const bad = await api(app.baseUrl, '/api/v1/audit-events?to=31-12-2026', token)
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ error: { code: 'validation', message: 'to: To must be a real date written as YYYY-MM-DD', details: { fields: { to: 'To must be a real date written as YYYY-MM-DD' } } } })
  })
})
