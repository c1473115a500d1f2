// Issue 19: GET /api/v1/me/work gives the token's user the queues their home page shows, scoped by
// their permissions; the home page itself lists them as links.
import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, signedIn } from '#test/support/client'

type TQueueJson = { key: string; heading: string; count: number; items: Array<{ href: string; title: string; reason: string; date: string | null; when: string }>; more: { count: number; href: string } | null }
type TWorkJson = { today: string; roles: Array<{ role: string; queues: TQueueJson[] }>; exports: Array<{ label: string; href: string }> }

let app: TRunningApp

beforeAll(async () => {
  app = await startApp()
}, 240_000)

afterAll(async () => {
  await app?.stop()
})

async function work(email: string) {
  const token = await createToken(await signedIn(app.baseUrl, email))
  const response = await api(app.baseUrl, '/api/v1/me/work', token)
  expect(response.status).toBe(200)
  return response.body as TWorkJson
}

describe('GET /api/v1/me/work', () => {
  test('the PRU provider gets its three queues, its own agreement only, each item with its date in words', async () => {
    const body = await work('provider@nwk-aps.example')
    expect(body.roles.map((role) => role.role)).toEqual(['provider'])
    expect(body.roles[0].queues.map((queue) => queue.key)).toEqual(['due_and_overdue', 'returned_evidence', 'awaiting_my_signature'])
    const due = body.roles[0].queues[0]
    expect(due.count).toBeGreaterThan(0)
    expect(due.items.every((item) => item.title.startsWith('KCC-PRU-'))).toBe(true)
    expect(due.items[0].when).toMatch(/^(Oldest was due on|Next due on) \d{1,2} [A-Z][a-z]+ \d{4}$/)
    expect(body.exports).toEqual([])
  })

  test('legal at Nottingham gets the renewal in review; legal at Kent does not', async () => {
    const nottingham = await work('legal@nottingham.example')
    const review = nottingham.roles[0].queues.find((queue) => queue.key === 'awaiting_review')
    expect(review).toMatchObject({ count: 1, more: null })
    expect(review?.items[0].title).toMatch(/^NCC-DF-2026-001: /)
    const kent = await work('legal@kent.example')
    expect(kent.roles[0].queues.find((queue) => queue.key === 'awaiting_review')?.count).toBe(0)
  })

  test('the auditor gets recent activity and the CSV exports', async () => {
    const body = await work('auditor@kent.example')
    expect(body.roles[0].queues.map((queue) => queue.key)).toEqual(['recent_activity'])
    expect(body.exports.map((download) => download.href)).toEqual(['/audit.csv', '/compliance/obligations.csv', '/compliance/kpis.csv'])
  })

  test('without a token it is 401, and it only answers GET', async () => {
    const anonymous = await api(app.baseUrl, '/api/v1/me/work', null)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body).toMatchObject({ error: { code: 'unauthenticated' } })
    const token = await createToken(await signedIn(app.baseUrl, 'commissioner@kent.example'))
    const posted = await api(app.baseUrl, '/api/v1/me/work', token, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })
    expect(posted.status).toBe(405)
  })

  test('the home page lists the same queues with their counts, as links', async () => {
    const commissioner = await signedIn(app.baseUrl, 'commissioner@kent.example')
    const token = await createToken(commissioner)
    const body = (await api(app.baseUrl, '/api/v1/me/work', token)).body as TWorkJson
    const page = await commissioner.get('/')
    for (const queue of body.roles[0].queues) {
      expect(page.text).toMatch(new RegExp(`<h2 class="govuk-heading-m" id="${queue.key}-heading">${queue.heading}: ${queue.count}</h2>`))
      for (const item of queue.items) expect(page.text).toContain(`href="${item.href}"`)
    }
    expect(page.text).toContain('Your organisations and roles')
  })
})
