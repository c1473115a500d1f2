// Issue 19, phones: at 320 and 375 px wide no main page scrolls sideways (its tables read as stacked
// rows, long hashes wrap), and on the timeline the what-if panel is reached from the top of the page.
import { type Browser, type Page } from 'playwright-core'
import { startApp, type TRunningApp } from '#test/support/app'
import { accessibilityViolations, launchChromium, screenshot, signIn } from '#test/support/browser'
import { api, createToken, kentPruInLegalReview, signedIn, uploadEvidence } from '#test/support/client'

const PHONE_WIDTHS = [320, 375]
const KENT_PRU = 'North West Kent Alternative Provision Service Management Committee'

let app: TRunningApp
let browser: Browser
const pages: { name: string; email: string; path: string }[] = []

type TAgreementRow = { id: string; reference: string; status: string }
type TObligationRow = { id: string; title: string }

beforeAll(async () => {
  browser = await launchChromium()
  app = await startApp()
  const commissioner = await createToken(await signedIn(app.baseUrl, 'commissioner@kent.example'))
  const legal = await createToken(await signedIn(app.baseUrl, 'legal@kent.example'))
  const post = (token: string, url: string, body: unknown) => api(app.baseUrl, url, token, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })

  const listed = (await api(app.baseUrl, '/api/v1/agreements?limit=100', commissioner)).body as { agreements?: TAgreementRow[] } | TAgreementRow[]
  const agreements = Array.isArray(listed) ? listed : (listed.agreements ?? [])
  const active = agreements.find((agreement) => agreement.reference === 'KCC-PRU-2025-001')
  if (!active) throw new Error('The demo data has no KCC-PRU-2025-001')

  // An approved Kent PRU SLA, so its signing page lists who will sign.
  const organisations = (await api(app.baseUrl, '/api/v1/organisations', commissioner)).body as { id: string; name: string }[]
  const provider = organisations.find((organisation) => organisation.name === KENT_PRU)?.id
  const approve = async () => {
    const draft = await kentPruInLegalReview(app.baseUrl, commissioner, provider)
    await post(legal, `/api/v1/agreements/${draft.id}/transitions`, { to: 'approved' })
    return draft
  }
  const approved = await approve()
  // And a draft, whose page holds the structure editor.
  const draft = (await post(commissioner, '/api/v1/agreements', { template: 'kent-pru-sla', commencesOn: '2026-09-01', parties: [provider] })).body as { id: string }
  // And one sent, whose signing page prints the SHA-256 of the PDF to sign.
  const sent = await approve()
  await post(commissioner, `/api/v1/agreements/${sent.id}/transitions`, { to: 'out_for_signature' })
  // A signing link for its first signatory, for the public page a signatory without an account opens.
  const commissionerClient = await signedIn(app.baseUrl, 'commissioner@kent.example')
  const slotId = /<option value="([^"]+)">/.exec((await commissionerClient.get(`/agreements/${sent.id}/signing`)).text)?.[1] ?? ''
  const issued = await commissionerClient.submit(`/agreements/${sent.id}/signing`, { intent: 'link', slotId, signatoryName: 'Olive Officer', signatoryEmail: 'olive.officer@kent.example' })
  const signingLink = new URL(/class="app-signing-link">([^<]+)</.exec(issued.text)?.[1] ?? '').pathname

  // An obligation with evidence on it, for the page that prints the file's SHA-256.
  const obligations = ((await api(app.baseUrl, `/api/v1/agreements/${active.id}/obligations`, commissioner)).body as { obligations: TObligationRow[] }).obligations
  const obligation = obligations[0]
  const providerClient = await signedIn(app.baseUrl, 'provider@nwk-aps.example')
  await uploadEvidence(providerClient, obligation.id, 'attendance-report-with-a-long-file-name-for-phones.pdf', new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), 'Attendance report')

  pages.push(
    { name: 'agreements', email: 'commissioner@kent.example', path: '/agreements' },
    { name: 'agreement', email: 'commissioner@kent.example', path: `/agreements/${active.id}` },
    { name: 'approved', email: 'commissioner@kent.example', path: `/agreements/${approved.id}` },
    { name: 'draft', email: 'commissioner@kent.example', path: `/agreements/${draft.id}` },
    { name: 'history', email: 'commissioner@kent.example', path: `/agreements/${active.id}/history` },
    { name: 'imports', email: 'commissioner@kent.example', path: '/imports' },
    { name: 'calendar', email: 'commissioner@kent.example', path: '/calendar' },
    { name: 'timeline-calendar', email: 'commissioner@kent.example', path: `/agreements/${active.id}/timeline?view=calendar` },
    { name: 'compliance', email: 'commissioner@kent.example', path: '/compliance' },
    { name: 'obligations', email: 'commissioner@kent.example', path: `/agreements/${active.id}/obligations` },
    { name: 'audit', email: 'auditor@kent.example', path: '/audit' },
    { name: 'provider-due', email: 'provider@meadowbank.example', path: '/compliance' },
    { name: 'signing', email: 'commissioner@kent.example', path: `/agreements/${approved.id}/signing` },
    { name: 'signing-sent', email: 'commissioner@kent.example', path: `/agreements/${sent.id}/signing` },
    { name: 'signing-link', email: 'provider@meadowbank.example', path: signingLink },
    { name: 'evidence', email: 'commissioner@kent.example', path: `/compliance/obligations/${obligation.id}` },
    { name: 'timeline', email: 'commissioner@kent.example', path: `/agreements/${active.id}/timeline` },
  )
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** The elements wider than the viewport, deepest first, to say what made a page scroll sideways. */
function overflowingElements(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > width + 0.5))
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} (${Math.round(element.getBoundingClientRect().right)} px): ${(element.textContent ?? '').slice(0, 60)}`)
  })
}

async function phonePage(width: number, email: string) {
  // Not isMobile: a mobile viewport widens itself to fit what overflows, which would hide the fault.
  const context = await browser.newContext({ viewport: { width, height: 740 } })
  await context.route('**/build/**/*.js', (route) => route.abort())
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await signIn(page, app.baseUrl, email)
  return page
}

describe('on a phone', () => {
  for (const width of PHONE_WIDTHS) {
    it(`no main page scrolls sideways at ${width} px`, async () => {
      const wide: Record<string, string[]> = {}
      const inaccessible: Record<string, unknown> = {}
      const pagesByEmail = new Map<string, Page>()
      for (const { name, email, path } of pages) {
        const page = pagesByEmail.get(email) ?? (await phonePage(width, email))
        pagesByEmail.set(email, page)
        const response = await page.goto(`${app.baseUrl}${path}`)
        expect(response?.status(), name).toBe(200)
        await screenshot(page, `phone-${width}-${name}`)
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
        expect(innerWidth).toBe(width)
        if (name === 'audit') expect(await page.locator('main').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/)
        if (scrollWidth > innerWidth) wide[`${name} (${scrollWidth} px)`] = await overflowingElements(page)
        // The stacked tables are a new state of each page: axe checks them once, at the narrowest width.
        if (width === PHONE_WIDTHS[0]) {
          const violations = await accessibilityViolations(page)
          if (violations.length > 0) inaccessible[name] = violations
        }
      }
      expect(wide).toEqual({})
      expect(inaccessible).toEqual({})
    }, 180_000)
  }

  it('the timeline links to the what-if panel from the top of the page', async () => {
    const page = await phonePage(375, 'commissioner@kent.example')
    const timeline = pages.find((entry) => entry.name === 'timeline')
    await page.goto(`${app.baseUrl}${timeline?.path}`)
    const link = page.getByRole('link', { name: /^What if notice were served/ })
    expect((await link.boundingBox())?.y).toBeLessThan(740)
    await link.click()
    const headingTop = await page.getByRole('heading', { name: 'What if', level: 2 }).evaluate((heading) => heading.getBoundingClientRect().top)
    expect(headingTop).toBeGreaterThanOrEqual(0)
    expect(headingTop).toBeLessThan(740)
  }, 60_000)
})
