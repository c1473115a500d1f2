// Issue 19: each role lands on the queue of what waits for it. Chromium signs in as a commissioner,
// a legal reviewer, a provider, a member school and an auditor, after the API has sent a draft to
// legal review, sent one for signature, and the provider's evidence has been submitted and returned:
// each page lists its queues with their counts and links, passes axe, and does not scroll sideways
// at 375 px.
import { type Browser, type Page } from 'playwright-core'
import { startApp, type TRunningApp } from '#test/support/app'
import { accessibilityViolations, expectAccessible, launchChromium, newPage, screenshot, signIn } from '#test/support/browser'
import { api, createToken, kentPruInLegalReview, signedIn, uploadEvidence } from '#test/support/client'

const KENT_PRU = 'North West Kent Alternative Provision Service Management Committee'

let app: TRunningApp
let browser: Browser

const ROLES = [
  { name: 'commissioner', email: 'commissioner@kent.example', headings: ['Drafts returned by legal', 'Agreements awaiting signature: 1', 'Evidence awaiting your review: 1', 'Agreements with overdue obligations', 'Agreements ending in the next 6 months'] },
  { name: 'legal', email: 'legal@kent.example', headings: ['Agreements awaiting your review: 1', 'Notice and dispute deadlines in the next 90 days'] },
  { name: 'provider', email: 'provider@nwk-aps.example', headings: ['Agreements with obligations due or overdue from you', 'Evidence returned to you: 1', 'Agreements awaiting your signature'] },
  { name: 'member-school', email: 'school@ashfield-primary.example', headings: ['Agreements with obligations due or overdue from you', 'Evidence returned to you: 0', 'Agreements awaiting your signature: 0'] },
  { name: 'auditor', email: 'auditor@kent.example', headings: ['Audit activity in the last 7 days', 'Exports'] },
]

type TAgreementRow = { id: string; reference: string }
type TObligationRow = { id: string; title: string }

beforeAll(async () => {
  browser = await launchChromium()
  app = await startApp()
  const commissioner = await createToken(await signedIn(app.baseUrl, 'commissioner@kent.example'))
  const legal = await createToken(await signedIn(app.baseUrl, 'legal@kent.example'))
  const post = (token: string, url: string, body: unknown) => api(app.baseUrl, url, token, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
  const organisations = (await api(app.baseUrl, '/api/v1/organisations', commissioner)).body as { id: string; name: string }[]
  const provider = organisations.find((organisation) => organisation.name === KENT_PRU)?.id
  await kentPruInLegalReview(app.baseUrl, commissioner, provider)
  const sent = await kentPruInLegalReview(app.baseUrl, commissioner, provider)
  await post(legal, `/api/v1/agreements/${sent.id}/transitions`, { to: 'approved' })
  expect((await post(commissioner, `/api/v1/agreements/${sent.id}/transitions`, { to: 'out_for_signature' })).status).toBe(200)

  const listed = (await api(app.baseUrl, '/api/v1/agreements', commissioner)).body as TAgreementRow[]
  const active = listed.find((agreement) => agreement.reference === 'KCC-PRU-2025-001')
  const obligations = ((await api(app.baseUrl, `/api/v1/agreements/${active?.id}/obligations`, commissioner)).body as { obligations: TObligationRow[] }).obligations
  const pru = await signedIn(app.baseUrl, 'provider@nwk-aps.example')
  for (const obligation of obligations.slice(0, 2)) await uploadEvidence(pru, obligation.id, 'attendance.pdf', new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), 'Attendance report')
  const reviewer = await signedIn(app.baseUrl, 'commissioner@kent.example')
  await reviewer.get(`/compliance/obligations/${obligations[0].id}`)
  await reviewer.post(`/compliance/obligations/${obligations[0].id}`, { decision: 'return', comment: 'Add the figures for each pupil' })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function headingsOf(page: Page) {
  return page.locator('main h2.govuk-heading-m').allInnerTexts()
}

describe('each role’s home page', () => {
  for (const role of ROLES) {
    test(`the ${role.name} lands on what waits for them`, async () => {
      const page = await newPage(browser)
      await signIn(page, app.baseUrl, role.email)
      const headings = await headingsOf(page)
      for (const heading of role.headings) expect(headings.some((shown) => shown.startsWith(heading)), `${heading} in ${headings.join(' | ')}`).toBe(true)
      // Every count is a number, and a queue that counts something lists it as links.
      for (const section of await page.locator('main section[id]').all()) {
        const heading = await section.locator('h2').innerText()
        const count = Number(/: (\d+)$/.exec(heading)?.[1] ?? 'NaN')
        if (heading === 'Exports') continue
        expect(Number.isInteger(count), heading).toBe(true)
        const shown = (await section.getAttribute('id')) === 'recent_activity' ? 10 : 5
        expect(await section.locator('li a').count(), heading).toBe(Math.min(count, shown))
        expect(await section.getByRole('link', { name: /^\d+ more/ }).count(), heading).toBe(count > shown ? 1 : 0)
      }
      expect(await page.getByRole('heading', { name: 'Your organisations and roles' }).count()).toBe(1)
      await expectAccessible(page, `home-${role.name}`)
      await page.context().close()
    }, 60_000)
  }

  test('the provider’s returned evidence says who returned it and why; the legal queue says how long each has waited', async () => {
    const provider = await newPage(browser)
    await signIn(provider, app.baseUrl, 'provider@nwk-aps.example')
    expect(await provider.locator('#returned_evidence').innerText()).toContain('Returned by Clare Commissioner: “Add the figures for each pupil”')
    await provider.context().close()
    const legal = await newPage(browser)
    await signIn(legal, app.baseUrl, 'legal@kent.example')
    expect(await legal.locator('#awaiting_review').innerText()).toMatch(/Waiting less than a day\nSent for review on \d{1,2} [A-Z][a-z]+ \d{4}/)
    await legal.context().close()
  }, 60_000)

  test('no home page scrolls sideways at 375 px, and each passes axe there', async () => {
    const wide: Record<string, number> = {}
    const inaccessible: Record<string, unknown> = {}
    for (const role of ROLES) {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 } })
      await context.route('**/build/**/*.js', (route) => route.abort())
      const page = await context.newPage()
      await signIn(page, app.baseUrl, role.email)
      await screenshot(page, `home-375-${role.name}`)
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      if (scrollWidth > 375) wide[role.name] = scrollWidth
      const violations = await accessibilityViolations(page)
      if (violations.length > 0) inaccessible[role.name] = violations
      await context.close()
    }
    expect(wide).toEqual({})
    expect(inaccessible).toEqual({})
  }, 120_000)
})
