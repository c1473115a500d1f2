// Editing an authority's term dates through the admin pages, against the running app.
import { startApp, type TRunningApp } from '#test/support/app'
import { signedIn, type TestClient } from '#test/support/client'

let app: TRunningApp
let admin: TestClient
let kentId: string

const kentTerm = (index: number, name: string, season: string, start: string, end: string) => ({
  [`terms.${index}.name`]: name,
  [`terms.${index}.season`]: season,
  [`terms.${index}.start`]: start,
  [`terms.${index}.end`]: end,
})

beforeAll(async () => {
  app = await startApp()
  admin = await signedIn(app.baseUrl, 'admin@kent.example')
  const list = await admin.get('/admin/term-calendars')
  kentId = /href="\/admin\/term-calendars\/([a-f0-9]{24})"/.exec(list.text)?.[1] ?? ''
}, 240_000)

afterAll(async () => {
  await app?.stop()
})

describe('term calendar administration', () => {
  it('starts with the demo term dates for 2025/26 to 2027/28', async () => {
    const page = await admin.get(`/admin/term-calendars/${kentId}`)
    expect(page.status).toBe(200)
    for (const year of ['2025/26', '2026/27', '2027/28']) expect(page.text).toContain(year)
    // Kent's published 2025/26 Term 1: 1 September to 17 October 2025.
    expect(page.text).toContain('17 October 2025')
  })

  it('rejects overlapping terms with a message next to the term that overlaps', async () => {
    const response = await admin.submit(`/admin/term-calendars/${kentId}/new`, {
      year: '2028/29',
      ...kentTerm(0, 'Term 1', 'autumn', '2028-09-04', '2028-10-20'),
      ...kentTerm(1, 'Term 2', 'autumn', '2028-10-16', '2028-12-15'),
    })
    expect(response.status).toBe(400)
    const message = /id="terms-1-start-error"[^>]*>([\s\S]*?)<\/p>/.exec(response.text)?.[1] ?? ''
    expect(message).toContain('Term 2 overlaps Term 1: it must start after 20 October 2028')
    expect(response.text).not.toContain('id="terms-0-start-error"')
  })

  it('rejects a term that runs into the next academic year, or a half term outside its term', async () => {
    const response = await admin.submit(`/admin/term-calendars/${kentId}/new`, {
      year: '2028/29',
      ...kentTerm(0, 'Autumn term', 'autumn', '2028-09-04', '2028-12-15'),
      'terms.0.halfTerm.start': '2028-12-18',
      'terms.0.halfTerm.end': '2028-12-22',
      ...kentTerm(1, 'Summer term', 'summer', '2029-04-16', '2029-09-03'),
    })
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/id="terms-0-halfTerm-start-error"[^>]*>[\s\S]*?The half term must fall inside the term/)
    expect(response.text).toMatch(/id="terms-1-end-error"[^>]*>[\s\S]*?Terms of 2028\/29 must fall between 1 August 2028 and 31 August 2029/)
  })

  it('refuses a year that already has term dates', async () => {
    const response = await admin.submit(`/admin/term-calendars/${kentId}/new`, {
      year: '2026/27',
      ...kentTerm(0, 'Term 1', 'autumn', '2026-09-01', '2026-10-23'),
    })
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/id="year-error"[^>]*>[\s\S]*?There are already term dates for 2026\/27/)
  })

  it('adds a valid academic year and edits an existing one', async () => {
    const added = await admin.submit(`/admin/term-calendars/${kentId}/new`, {
      year: '2028/29',
      ...kentTerm(0, 'Term 1', 'autumn', '2028-09-04', '2028-10-20'),
      ...kentTerm(1, 'Term 2', 'autumn', '2028-10-30', '2028-12-15'),
    })
    expect(added.status).toBe(302)
    expect(added.location).toBe(`/admin/term-calendars/${kentId}`)

    const edited = await admin.submit(`/admin/term-calendars/${kentId}/2028-29`, {
      year: '2028/29',
      ...kentTerm(0, 'Term 1', 'autumn', '2028-09-05', '2028-10-20'),
      ...kentTerm(1, 'Term 2', 'autumn', '2028-10-30', '2028-12-15'),
    })
    expect(edited.status).toBe(302)
    const page = await admin.get(`/admin/term-calendars/${kentId}`)
    expect(page.text).toContain('5 September 2028')
    expect(page.text).not.toContain('4 September 2028')
  })

  it('lets other staff read the term dates but only the authority’s administrator change them', async () => {
    const commissioner = await signedIn(app.baseUrl, 'commissioner@kent.example')
    expect((await commissioner.get(`/admin/term-calendars/${kentId}`)).status).toBe(200)
    expect((await commissioner.get(`/admin/term-calendars/${kentId}/2026-27`)).status).toBe(403)
    const southendAdmin = await signedIn(app.baseUrl, 'admin@southend.example')
    expect((await southendAdmin.get(`/admin/term-calendars/${kentId}`)).status).toBe(404)
    expect((await southendAdmin.submit(`/admin/term-calendars/${kentId}/2026-27`, { year: '2026/27' })).status).toBe(404)
  })
})
