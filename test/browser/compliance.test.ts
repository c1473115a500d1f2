// In Chromium: a provider uploads evidence through the plain file input (no app JavaScript), the
// commissioner accepts it, a provider enters a whole KPI return by keyboard, a KPI varied into a
// rating is chosen from its scale, and the compliance dashboards, obligation and KPI pages pass axe-core.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { type Browser } from 'playwright-core'
import { startApp, type TRunningApp } from '#test/support/app'
import { expectAccessible, launchChromium, newPage, signIn } from '#test/support/browser'

let app: TRunningApp
let browser: Browser
let pdfPath: string

beforeAll(async () => {
  browser = await launchChromium()
  app = await startApp()
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText('Local Activity Report, Term 2 2026/27')
  pdfPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-')), 'LAR term 2.pdf')
  fs.writeFileSync(pdfPath, await pdf.save())
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('evidence in the browser', () => {
  it('a provider uploads with the plain file input and the commissioner accepts it', async () => {
    const provider = await newPage(browser)
    await signIn(provider, app.baseUrl, 'provider@meadowbank.example')
    await provider.goto(`${app.baseUrl}/compliance?q=${encodeURIComponent('Local Activity Report, Term 2 2026/27')}`)
    await expectAccessible(provider, 'compliance-provider-due')
    await provider.getByRole('table').getByRole('link', { name: 'Local Activity Report, Term 2 2026/27, due 18 December 2026' }).click()
    await expectAccessible(provider, 'compliance-obligation-provider')

    await provider.getByLabel('Evidence file').setInputFiles(pdfPath)
    await provider.getByLabel('What the file shows').fill('Local Activity Report for Term 2')
    await provider.getByRole('button', { name: 'Upload evidence' }).click()
    await provider.getByText('Evidence uploaded and submitted for review').waitFor()
    await expectAccessible(provider, 'compliance-obligation-uploaded')
    const obligationUrl = provider.url().replace(/\?.*$/, '')

    const commissioner = await newPage(browser)
    await signIn(commissioner, app.baseUrl, 'commissioner@kent.example')
    await commissioner.goto(`${app.baseUrl}/compliance`)
    await expectAccessible(commissioner, 'compliance-commissioner-dashboard')
    await commissioner.goto(obligationUrl)
    await commissioner.getByRole('link', { name: 'LAR term 2.pdf' }).waitFor()
    await commissioner.getByLabel('Accept').check()
    await commissioner.getByLabel('Comment').fill('Thank you')
    await commissioner.getByRole('button', { name: 'Save decision' }).click()
    await commissioner.getByText('Accepted by Clare Commissioner').waitFor()
    await expectAccessible(commissioner, 'compliance-obligation-accepted')
  })

  it('with JavaScript, a provider drags a file onto the drop zone and sees the upload progress', async () => {
    const provider = await newPage(browser, { withAppScripts: true })
    await signIn(provider, app.baseUrl, 'provider@meadowbank.example')
    await provider.goto(`${app.baseUrl}/compliance?q=${encodeURIComponent('Local Activity Report, Term 3 2026/27')}`)
    await provider.getByRole('table').getByRole('link', { name: /Local Activity Report, Term 3 2026\/27/ }).click()
    // The drop zone only takes files once React has hydrated the page.
    await provider.waitForLoadState('networkidle')

    // A drop as the browser delivers it: a DataTransfer holding the file, on the drop zone. The
    // report runs to 150 pages (about 400 KB), so the upload below takes a few seconds.
    const report = await PDFDocument.create()
    for (let page = 1; page <= 150; page += 1) {
      const sheet = report.addPage()
      for (let line = 0; line < 40; line += 1) sheet.drawText(`Term 3 activity, page ${page}, line ${line}: sessions delivered and outcomes`, { x: 40, y: 800 - line * 18, size: 9 })
    }
    const bytes = [...(await report.save({ useObjectStreams: false }))]
    await provider.locator('.app-drop-zone').evaluate((zone, pdf) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(pdf)], 'LAR term 3.pdf', { type: 'application/pdf' }))
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }))
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }, bytes)
    expect(await provider.getByLabel('Evidence file').evaluate((input) => (input as HTMLInputElement).files?.[0]?.name)).toBe('LAR term 3.pdf')
    await provider.getByLabel('What the file shows').fill('Local Activity Report for Term 3')

    // The upload is held until the page has been checked mid-upload, then goes at 128 KB/s.
    let releaseUpload = () => {}
    const uploadHeld = new Promise<void>((resolve) => (releaseUpload = resolve))
    await provider.route('**/evidence', async (route) => {
      await uploadHeld
      await route.continue()
    })
    const network = await provider.context().newCDPSession(provider)
    await network.send('Network.enable')
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: -1, uploadThroughput: 128 * 1024 })
    await provider.getByRole('button', { name: 'Upload evidence' }).click()
    await provider.locator('progress#upload-progress').waitFor()
    expect(await provider.getByRole('button', { name: 'Upload evidence' }).isDisabled()).toBe(true)
    expect(await provider.getByText(/Uploading: \d+%/).count()).toBe(1)
    await expectAccessible(provider, 'compliance-obligation-uploading')
    releaseUpload()
    await provider.getByText('Evidence uploaded and submitted for review').waitFor({ timeout: 20_000 })
    await provider.getByRole('link', { name: 'LAR term 3.pdf' }).waitFor()
  })

  it('a count KPI and percentage KPIs entered by keyboard in one return submit its KPI report; a refused figure is named in the focused error summary', async () => {
    const provider = await newPage(browser, { withAppScripts: true })
    await signIn(provider, app.baseUrl, 'provider@meadowbank.example')
    await provider.goto(`${app.baseUrl}/agreements`)
    await provider.getByRole('link', { name: /KCC-STLS-2026-001/ }).first().click()
    await provider.waitForURL(/\/agreements\/[0-9a-f]{24}$/)
    const agreementUrl = provider.url()
    await provider.goto(`${agreementUrl}/kpis`)
    await provider.getByLabel('Period').selectOption({ label: 'Term 1 2026/27, due 23 October 2026' })
    await provider.getByRole('button', { name: 'Show period' }).press('Enter')
    await provider.getByRole('heading', { name: 'Return for Term 1 2026/27' }).waitFor()
    await provider.getByText('Overdue').first().waitFor()
    await expectAccessible(provider, 'compliance-kpi-return')

    // Kent STLS Appendix 1 in page order: 1.1 and 1.2 are counts; 2.1's 50 of 40 is refused.
    const typed = ['12', '14', '30', '40', '50', '40', '31', '40', '27', '40', '35', '40', '9', '10', '3', '5', '38', '40']
    await provider.getByRole('group', { name: /^1\.1 / }).getByLabel('Count').focus()
    for (const figure of typed) {
      await provider.keyboard.type(figure)
      await provider.keyboard.press('Tab')
    }
    expect(await provider.evaluate(() => document.activeElement?.textContent)).toBe('Save return')
    await provider.keyboard.press('Enter')
    const summary = provider.locator('.govuk-error-summary')
    await summary.getByRole('link', { name: 'KPI 2.1: the numerator cannot be more than the denominator' }).waitFor()
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await provider.title()).toMatch(/^Error: /)
    await expectAccessible(provider, 'compliance-kpi-return-refused')

    const numerator = provider.getByRole('group', { name: /^2\.1 / }).getByLabel('Numerator')
    expect(await numerator.inputValue()).toBe('50')
    await numerator.focus()
    await provider.keyboard.press('Control+A')
    await provider.keyboard.type('29')
    await provider.keyboard.press('Enter')
    await provider.getByText('KPI figures for Term 1 2026/27 saved. The return is complete and the KPI report is submitted for review.').waitFor()
    await provider.getByText('11 of 11 indicators entered').waitFor()
    expect(await provider.getByText('Submitted', { exact: true }).count()).toBe(1)
    await provider.getByRole('cell', { name: '72.5% (29 of 40)' }).waitFor()
    await provider.getByRole('cell', { name: '14', exact: true }).first().waitFor()
    await expectAccessible(provider, 'compliance-kpi-return-saved')

    await provider.goto(`${agreementUrl}/obligations`)
    const report = provider.getByRole('row').filter({ hasText: 'KPI report, Term 1 2026/27' })
    expect(await report.getByText('Submitted').count()).toBe(1)
    expect(await report.getByText('Overdue').count()).toBe(0)

    // On a phone the form, the charts and the stacked tables fit the width.
    await provider.setViewportSize({ width: 375, height: 800 })
    await provider.goto(`${agreementUrl}/kpis?period=${encodeURIComponent('2026/27:Term 1')}`)
    expect(await provider.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  }, 120_000)

  it('a commissioner varies a KPI into a rating, adding its scale a box at a time; the provider chooses a rating by keyboard and its trend is drawn against the scale\'s words', async () => {
    const commissioner = await newPage(browser)
    await signIn(commissioner, app.baseUrl, 'commissioner@southend.example')
    await commissioner.goto(`${app.baseUrl}/agreements`)
    await commissioner.getByRole('link', { name: /SCC-AP-2025-001/ }).first().click()
    await commissioner.waitForURL(/\/agreements\/[0-9a-f]{24}$/)
    const agreementUrl = commissioner.url()
    await commissioner.goto(`${agreementUrl}/variations/new`)
    const kpiClause = await commissioner.getByLabel('Clause to vary').locator('option', { hasText: 'Key performance indicators' }).first().getAttribute('value')
    await commissioner.getByLabel('Clause to vary').selectOption(kpiClause ?? '')
    await commissioner.getByRole('button', { name: 'Continue' }).click()
    const firstIndicator = commissioner.getByRole('group', { name: 'Indicators: row 1', exact: true })
    await firstIndicator.getByLabel(/^Measured as/).selectOption({ label: 'Rating' })
    const scale = ['Significant improvement', 'Some improvement', 'No improvement']
    for (const [index, rating] of scale.entries()) {
      await firstIndicator.getByRole('button', { name: 'Add a row to Ratings, best first' }).click()
      await firstIndicator.getByLabel(`Ratings, best first: row ${index + 1}`).fill(rating)
    }
    await expectAccessible(commissioner, 'kpi-rating-scale-editor')
    await commissioner.getByLabel('What the variation does and why').fill('KPI 1 is judged on a scale')
    await commissioner.getByRole('button', { name: 'Propose variation' }).click()
    const signedFor = async (party: string, name: string, day: string) => {
      const group = commissioner.getByRole('group', { name: new RegExp(`^Signed for ${party}`) })
      await group.getByLabel('Name').fill(name)
      await group.getByLabel('Job title').fill('Director')
      await group.getByLabel('Day').fill(day)
      await group.getByLabel('Month').fill('11')
      await group.getByLabel('Year').fill('2026')
    }
    await signedFor('Southend', 'Sam Commissioner', '20')
    await signedFor('Parallel Learning', 'Pat Trustee', '21')
    await commissioner.getByRole('button', { name: 'Record written agreement' }).click()
    await commissioner.waitForURL(/\/agreements\/[0-9a-f]{24}$/)
    const varied = commissioner.url()

    const provider = await newPage(browser, { withAppScripts: true })
    await signIn(provider, app.baseUrl, 'provider@parallel-learning.example')
    await provider.goto(`${varied}/kpis`)
    const ratings = provider.getByRole('group', { name: /^Improvement in pupils' behaviour/ })
    await ratings.getByLabel('Significant improvement').focus()
    await provider.keyboard.press('ArrowDown')
    expect(await ratings.getByLabel('Some improvement').isChecked()).toBe(true)
    await provider.getByRole('button', { name: 'Save return' }).click()
    await provider.getByText(/^KPI figures for .* saved\./).waitFor()
    expect(await ratings.getByLabel('Some improvement').isChecked()).toBe(true)
    await provider.getByRole('cell', { name: 'Some improvement' }).first().waitFor()
    const gridlines = await provider.locator('figure.app-kpi-chart').first().locator('text').allTextContents()
    expect(gridlines.slice(0, 3)).toEqual(scale)
    await expectAccessible(provider, 'kpi-rating-return')
  }, 120_000)
})
