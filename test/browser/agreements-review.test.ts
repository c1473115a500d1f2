import { type Browser, type Page } from 'playwright-core'
import { startApp, type TRunningApp } from '#test/support/app'
import { expectAccessible, launchChromium, newPage, signIn } from '#test/support/browser'

// Issue 4 acceptance: a commissioner drafts a Kent PRU SLA from the template, fills the required
// blanks and sends it to legal; legal returns it with a comment; the commissioner sees the comment
// and resends it; legal approves. Every page passes axe-core; screenshots go to test-results/.

const PROVIDER = 'North West Kent Alternative Provision Service Management Committee'
// The seed gives the breach clause no heading; it is known by its kind and section.
const BREACH = 'Termination (Accountability & Management)'
const COMMENT = 'Please give the Management Committee’s address for notices before this is signed.'

let app: TRunningApp
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
  app = await startApp()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function signedInPage(email: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await signIn(page, app.baseUrl, email)
  return page
}

/** Lets the page's scripts load and hydrate: React resets a select chosen before hydration. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle')
}

function expectPageAccessible(page: Page, name: string) {
  return expectAccessible(page, `agreements-${name}`)
}

test('a Kent PRU SLA is drafted, sent to legal, returned with a comment, resent and approved', async () => {
  const commissioner = await signedInPage('commissioner@kent.example')
  await commissioner.goto(`${app.baseUrl}/agreements`)
  await expectPageAccessible(commissioner, 'list')

  // Draft from the template, leaving the provider to be named later.
  await commissioner.getByRole('link', { name: 'Draft an agreement', exact: true }).click()
  await commissioner.getByRole('heading', { name: 'Draft an agreement', exact: true }).waitFor()
  await settled(commissioner)
  await commissioner.getByLabel('Service Level Agreement between Kent County Council and PRU/Alternative Provider Management Committee').check()
  await commissioner.getByLabel('Day').first().fill('1')
  await commissioner.getByLabel('Month').first().fill('9')
  await commissioner.getByLabel('Year').first().fill('2026')
  await expectPageAccessible(commissioner, 'new')
  await commissioner.getByRole('button', { name: 'Create draft' }).click()
  await commissioner.waitForURL(/\/agreements\/[0-9a-f]{24}$/)
  const agreementUrl = commissioner.url()
  // Three full calendar years from 1 September 2026 (Kent PRU "Term of Agreement").
  await commissioner.getByText('31 August 2029').waitFor()
  await expectPageAccessible(commissioner, 'draft')

  // The seed's blank provider stops it going to legal, with a link to the field to fill.
  await commissioner.getByRole('button', { name: 'Send to legal review' }).click()
  await commissioner.getByRole('link', { name: 'Enter the name of the provider' }).waitFor()
  await expectPageAccessible(commissioner, 'blanks')
  // The refused form leaves the agreement's own address in the bar, not "?index", with or without JavaScript.
  expect(commissioner.url()).toBe(agreementUrl)
  const withoutScripts = await newPage(browser)
  await signIn(withoutScripts, app.baseUrl, 'commissioner@kent.example')
  await withoutScripts.goto(agreementUrl)
  await withoutScripts.getByRole('button', { name: 'Send to legal review' }).click()
  await withoutScripts.getByRole('link', { name: 'Enter the name of the provider' }).waitFor()
  expect(withoutScripts.url()).toBe(agreementUrl)
  await withoutScripts.context().close()
  await commissioner.getByRole('link', { name: 'Enter the name of the provider' }).click()
  await commissioner.waitForURL(/\/parties/)
  await commissioner.getByLabel('Full name').nth(1).fill(PROVIDER)
  await expectPageAccessible(commissioner, 'parties')
  await commissioner.getByRole('button', { name: 'Save parties' }).click()
  await commissioner.waitForURL(agreementUrl)

  // Kent PRU Schedule 1 7(VII) and 9(XXI): the seed gives no day; the template's are proposals to confirm.
  for (const proposal of [/report due date day of the following month “10”/, /report due date event date “1 December”/]) {
    await commissioner.getByRole('link', { name: proposal }).click()
    await commissioner.getByLabel(/^Confirm report due date/).check()
    await commissioner.getByRole('button', { name: 'Save clause' }).click()
    await commissioner.waitForURL(new RegExp(`${agreementUrl}#clause-`))
  }

  // A bad notice period is refused next to its box; the corrected one is saved.
  await commissioner.getByRole('link', { name: /^Edit Where either party believe the agreement/ }).click()
  const noticeAmount = commissioner.locator('#params-noticePeriod-amount')
  await noticeAmount.waitFor()
  await expectPageAccessible(commissioner, 'clause')
  await noticeAmount.fill('-6')
  await commissioner.getByRole('button', { name: 'Save clause' }).click()
  await commissioner.getByRole('link', { name: 'Notice period must be greater than zero' }).waitFor()
  expect(await commissioner.locator('#params-noticePeriod-amount-error').innerText()).toContain('Notice period must be greater than zero')
  await expectPageAccessible(commissioner, 'clause-error')
  expect(await noticeAmount.inputValue()).toBe('-6')
  await noticeAmount.fill('6')
  await commissioner.getByRole('button', { name: 'Save clause' }).click()
  await commissioner.waitForURL(new RegExp(`${agreementUrl}#clause-`))

  await commissioner.getByRole('button', { name: 'Send to legal review' }).click()
  await commissioner.getByText('In legal review', { exact: true }).waitFor()

  // Legal reads the notice, termination, dispute and variation clauses, comments and returns it.
  const legal = await signedInPage('legal@kent.example')
  await legal.goto(agreementUrl)
  await legal.getByRole('link', { name: 'Review the agreement' }).click()
  await legal.getByRole('heading', { name: 'Legal review', level: 1 }).waitFor()
  expect(await legal.locator('main').innerText()).toContain(BREACH)
  expect(await legal.locator('main').innerText()).toContain('Resolution of Disputes')
  await legal.getByLabel(`Comment on ${BREACH}`).fill('Six months matches the Schedule; keep it.')
  await legal.getByRole('button', { name: `Add comment on ${BREACH}` }).click()
  await legal.getByText('Six months matches the Schedule; keep it.', { exact: true }).waitFor()
  expect(await legal.getByLabel(`Comment on ${BREACH}`).inputValue()).toBe('')
  await expectPageAccessible(legal, 'review')
  await legal.getByLabel('What needs to change before you can approve it').fill(COMMENT)
  await legal.getByRole('button', { name: 'Return to the commissioner with comments' }).click()
  await legal.waitForURL(agreementUrl)
  await legal.getByText('Draft', { exact: true }).waitFor()

  // The commissioner sees the comments, resolves one on the review page, renames a clause and sends it back.
  await commissioner.goto(agreementUrl)
  await commissioner.getByRole('heading', { name: 'Legal review comments' }).waitFor()
  expect(await commissioner.locator('.govuk-notification-banner').innerText()).toContain(COMMENT)
  expect(await commissioner.locator('.govuk-notification-banner').innerText()).toContain('Six months matches the Schedule; keep it.')
  await expectPageAccessible(commissioner, 'returned')
  await commissioner.getByRole('link', { name: 'Mark comments as resolved on the legal review page' }).click()
  await commissioner.getByRole('heading', { name: 'Comments from earlier reviews' }).waitFor()
  await commissioner.locator('#comment-' + (await firstCommentId(commissioner)) + ' input[type=text]').fill('Kept at six months, as the Schedule says.')
  // Chromium reads the visually hidden part of a button's name after a space.
  await commissioner.getByRole('button', { name: /^Mark as resolved\s*: Six months matches the Schedule/ }).click()
  await commissioner.getByText('Resolved by Clare Commissioner').waitFor()
  expect(await commissioner.locator('main').innerText()).toContain('There is no notices clause')
  await expectPageAccessible(commissioner, 'review-resolve')
  await commissioner.goto(agreementUrl)
  await commissioner.getByRole('link', { name: /^Edit Where either party believe the agreement/ }).click()
  await commissioner.getByLabel('Heading').fill('Termination for breach or missed targets')
  await commissioner.getByRole('button', { name: 'Save clause' }).click()
  await commissioner.waitForURL(new RegExp(`${agreementUrl}#clause-`))
  await commissioner.getByRole('button', { name: 'Send to legal review' }).click()
  await commissioner.getByText('In legal review', { exact: true }).waitFor()

  // Legal sees what changed since the first review and the resolution, accepts it and approves.
  await legal.goto(`${agreementUrl}/review`)
  await legal.getByRole('heading', { name: 'What changed since the last review' }).waitFor()
  expect(await legal.locator('ins').first().innerText()).toContain('or missed targets')
  await legal.getByRole('button', { name: /^Accept as dealt with\s*: Six months matches the Schedule/ }).click()
  await legal.getByText('Accepted by Leo Legal').waitFor()
  await expectPageAccessible(legal, 'second-review')
  await legal.getByRole('button', { name: 'Approve the agreement' }).click()
  await legal.waitForURL(agreementUrl)
  await legal.getByText('Approved', { exact: true }).waitFor()
  await expectPageAccessible(legal, 'approved')

  await commissioner.goto(`${agreementUrl}/preview`)
  expect(await commissioner.locator('main').innerText()).toContain(PROVIDER)
  await expectPageAccessible(commissioner, 'preview')
  await commissioner.goto(`${agreementUrl}/history`)
  expect(await commissioner.locator('main').innerText()).toContain('return to the commissioner with comments')
  await expectPageAccessible(commissioner, 'history')
}, 180_000)

/** The id of the first comment listed under "Comments from earlier reviews". */
async function firstCommentId(page: Page) {
  const id = await page.locator('section[aria-labelledby="earlier-comments"] li[id^="comment-"]').first().getAttribute('id')
  return (id ?? '').replace(/^comment-/, '')
}

test('legal opens the review of an agreement in force read-only, with the missing dispute clause as a finding', async () => {
  const legal = await signedInPage('legal@kent.example')
  await legal.goto(`${app.baseUrl}/agreements?template=kent-stls`)
  await legal.getByRole('link', { name: 'KCC-STLS-2026-001' }).click()
  await legal.getByRole('link', { name: 'See the legal review' }).click()
  await legal.getByRole('heading', { name: 'Legal review', level: 1 }).waitFor()
  const text = await legal.locator('main').innerText()
  expect(text).toContain('this view is read-only')
  expect(text).toContain('There is no dispute resolution clause')
  expect(await legal.getByRole('button', { name: /Add comment|Approve the agreement/ }).count()).toBe(0)
  await expectPageAccessible(legal, 'review-read-only')
}, 120_000)

test('renewal, the word-level comparison and a variation are accessible pages', async () => {
  const commissioner = await signedInPage('commissioner@kent.example')
  await commissioner.goto(`${app.baseUrl}/agreements?status=active`)
  await commissioner.getByRole('link', { name: 'KCC-PRU-2025-001' }).click()
  await commissioner.getByRole('button', { name: 'Renew as a new draft version' }).click()
  await commissioner.getByText('KCC-PRU-2025-001, version 2').waitFor()
  await commissioner.getByText('31 August 2031').waitFor()
  await commissioner.getByRole('link', { name: 'History, versions and variations' }).click()
  await expectPageAccessible(commissioner, 'renewal-history')
  await commissioner.getByRole('button', { name: 'Compare versions' }).click()
  await commissioner.getByRole('heading', { name: 'Version 1 compared with version 2' }).waitFor()
  expect(await commissioner.locator('ins').first().innerText()).toContain('2028')
  await expectPageAccessible(commissioner, 'compare')

  await commissioner.goto(`${app.baseUrl}/agreements?template=kent-stls`)
  await commissioner.getByRole('link', { name: 'KCC-STLS-2026-001' }).click()
  await commissioner.getByRole('link', { name: 'Propose a variation' }).click()
  await commissioner.getByRole('heading', { name: 'Propose a variation' }).waitFor()
  await settled(commissioner)
  await expectPageAccessible(commissioner, 'variation-choose')
  await commissioner.getByLabel('Clause to vary').selectOption({ index: 1 })
  await commissioner.getByRole('button', { name: 'Continue' }).click()
  await commissioner.getByLabel('What the variation does and why').waitFor()
  await settled(commissioner)
  await commissioner.getByLabel('What the variation does and why').fill('Correct the heading of the opening clause')
  await commissioner.getByLabel('Heading').fill('Parties to this Agreement')
  await expectPageAccessible(commissioner, 'variation-propose')
  await commissioner.getByRole('button', { name: 'Propose variation' }).click()
  await commissioner.getByRole('heading', { name: 'Variation: Correct the heading of the opening clause' }).waitFor()
  await expectPageAccessible(commissioner, 'variation')
}, 180_000)
