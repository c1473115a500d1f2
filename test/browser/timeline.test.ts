// A legal reviewer works out a notice's dates on a Kent STLS timeline in a real browser, without
// the app's JavaScript (every form must work that way), and the pages pass axe-core.
import { type Browser } from 'playwright-core'
import { startApp, type TRunningApp } from '#test/support/app'
import { expectAccessible, launchChromium, newPage, signIn } from '#test/support/browser'
import { api, createToken, signedIn } from '#test/support/client'

let app: TRunningApp
let browser: Browser
let agreementId: string
let nottinghamId: string

beforeAll(async () => {
  browser = await launchChromium()
  app = await startApp()
  agreementId = await draftAgreement('commissioner@kent.example', { template: 'kent-stls', commencesOn: '2026-09-01', endsOn: '2029-08-31' })
  nottinghamId = await draftAgreement('commissioner@nottingham.example', { template: 'nottingham-devolved-funding', commencesOn: '2025-09-01', endsOn: '2029-08-31' })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** A draft from a template, created through the API by the given commissioner; its id. */
async function draftAgreement(email: string, draft: { template: string; commencesOn: string; endsOn: string }) {
  const token = await createToken(await signedIn(app.baseUrl, email))
  const created = await api(app.baseUrl, '/api/v1/agreements', token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(draft),
  })
  return (created.body as { id: string }).id
}

async function signedInPage(email: string) {
  const page = await newPage(browser, { locale: 'en-GB', timezoneId: 'Europe/London' })
  await signIn(page, app.baseUrl, email)
  return page
}

describe('the Kent STLS timeline', () => {
  it('answers "what if notice is delivered by hand at 16:30 on a Friday"', async () => {
    const page = await signedInPage('legal@kent.example')
    await page.goto(`${app.baseUrl}/agreements/${agreementId}/timeline`)
    await page.getByRole('heading', { name: 'Timeline and deadlines' }).waitFor()
    await expectAccessible(page, 'timeline-list')

    // Friday 20 November 2026 at 16:30 is after the 4.00 pm cut-off of clause 16.1: served on the
    // next business day, Monday 23 November; 6 months' notice (clause 14) ends on 23 May 2027.
    const servedOn = page.getByRole('group', { name: 'Notice served on' })
    await servedOn.getByLabel('Day').fill('20')
    await servedOn.getByLabel('Month').fill('11')
    await servedOn.getByLabel('Year').fill('2026')
    await page.getByLabel('By hand').check()
    await page.getByLabel('At (time, 24-hour clock)').fill('16:30')
    await page.getByRole('button', { name: 'Work out the dates' }).click()
    const answer = page.locator('#what-if-notice')
    await answer.waitFor()
    await expect(answer.textContent()).resolves.toContain(
      'If notice is served on 20 November 2026 by hand at 16:30, it is deemed served on 23 November 2026 and termination takes effect on 23 May 2027.',
    )
    await expect(page.locator('#what-if-answer').textContent()).resolves.toContain('after 16:00: deemed served on the next business day')
    await expectAccessible(page, 'timeline-what-if')

    await page.getByRole('link', { name: 'Month calendar' }).click()
    await page.getByRole('table', { name: /May 2027/ }).waitFor()
    const mayCell = page.getByRole('table', { name: /May 2027/ }).getByRole('cell', { name: /23 May 2027/ })
    await expect(mayCell.getByRole('link', { name: 'What if: Termination takes effect' }).count()).resolves.toBe(1)
    await expectAccessible(page, 'timeline-month-calendar')
  }, 180_000)

  it('answers an email, which clause 16.1 does not permit, with no date, and names the term dates it lacks', async () => {
    const page = await signedInPage('legal@kent.example')
    await page.goto(`${app.baseUrl}/agreements/${agreementId}/timeline?noticeServedOn=2026-11-23&noticeMethod=email`)
    await expect(page.locator('#what-if-notice').textContent()).resolves.toContain('If notice is sent on 23 November 2026 by email, it is not served.')
    await expect(page.locator('#what-if-answer').textContent()).resolves.toContain('not a permitted method under clause 16.1, which allows post, hand delivery or fax only')
    // Kent's term dates stop at 2027/28: the 2028/29 termly reports are named, with the way to the term dates.
    const missing = page.locator('[data-key="term_dates.missing"]')
    await expect(missing.textContent()).resolves.toContain('Term dates for 2028/29 are not entered')
    await expect(missing.getByRole('link', { name: 'See the Term dates (an administrator adds them)' }).count()).resolves.toBe(1)
    await expectAccessible(page, 'timeline-not-served')
  }, 120_000)

  it('says which term dates a Nottingham notice needs instead of "no clause ending it by notice"', async () => {
    const page = await signedInPage('legal@nottingham.example')
    await page.goto(`${app.baseUrl}/agreements/${nottinghamId}/timeline?noticeServedOn=2028-01-10&noticeMethod=hand`)
    const answer = (await page.locator('#what-if-answer').textContent()) ?? ''
    expect(answer).toContain('When termination takes effect under clause 9.1 cannot be worked out: Term dates for 2028/29 are not entered')
    expect(answer).not.toContain('no clause ending it by notice')
    await expectAccessible(page, 'timeline-term-dates-missing')
  }, 120_000)

  it('shows a bad what-if date next to its field', async () => {
    const page = await signedInPage('legal@kent.example')
    await page.goto(`${app.baseUrl}/agreements/${agreementId}/timeline?noticeServedOn=2026-02-30&noticeMethod=post`)
    await page.getByRole('link', { name: 'Notice served on must be a real date' }).waitFor()
    await expectAccessible(page, 'timeline-what-if-error')
  }, 60_000)

  it('offers a calendar subscription address that passes axe-core', async () => {
    const page = await signedInPage('legal@kent.example')
    await page.goto(`${app.baseUrl}/calendar`)
    await expectAccessible(page, 'calendar-subscription')
    await page.getByRole('button', { name: 'Create a subscription address' }).click()
    const address = page.getByLabel('Subscription address')
    await expect(address.inputValue()).resolves.toMatch(/\/calendar-feed\/cal_[\w-]+\.ics$/)
    await expectAccessible(page, 'calendar-subscription-created')
  }, 60_000)

  it('lets the authority administrator edit term dates, and the pages pass axe-core', async () => {
    const page = await signedInPage('admin@kent.example')
    await page.goto(`${app.baseUrl}/admin/term-calendars`)
    await expectAccessible(page, 'term-calendars')
    await page.getByRole('link', { name: /View and edit/ }).first().click()
    await page.getByRole('table', { name: /2026\/27/ }).waitFor()
    await expectAccessible(page, 'term-calendar-kent')
    await page.getByRole('link', { name: 'Edit the 2026/27 term dates' }).click()
    await page.locator('#terms-1-start').fill('20')
    await page.locator('#terms-1-start-month').fill('10')
    await page.locator('#terms-1-start-year').fill('2026')
    await page.getByRole('button', { name: 'Save term dates' }).click()
    await page.getByRole('link', { name: /Term 2 overlaps Term 1/ }).waitFor()
    await expectAccessible(page, 'term-calendar-overlap-error')
  }, 120_000)
})
