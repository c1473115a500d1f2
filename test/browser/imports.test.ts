// The import pages in Chromium with their scripts: a commissioner uploads a Word agreement, watches
// it being read, sees the document beside its proposals, rejects one, and makes a draft; every
// page passes axe-core.
import path from 'node:path'
import { type Browser } from 'playwright-core'
import { startApp, type TRunningApp } from '#test/support/app'
import { expectAccessible, launchChromium, newPage, signIn } from '#test/support/browser'

const SEIP_DOCX = path.join(import.meta.dirname, '../import/corpus/files/leicestershire-seip.docx')

let app: TRunningApp
let browser: Browser
const pageErrors: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
  app = await startApp()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('importing an agreement in the browser', () => {
  it('uploads, shows the proposals beside the document, takes decisions and makes a draft', async () => {
    const page = await newPage(browser, { withAppScripts: true })
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await signIn(page, app.baseUrl, 'commissioner@kent.example')
    await page.goto(`${app.baseUrl}/imports`)
    await expectAccessible(page, 'imports')

    await page.getByRole('button', { name: 'Upload and read' }).click()
    await page.locator('#file-error').waitFor()
    await expectAccessible(page, 'imports-no-file')

    await page.getByLabel('Agreement file').setInputFiles(SEIP_DOCX)
    await page.getByRole('button', { name: 'Upload and read' }).click()
    await page.getByRole('heading', { name: 'Check the terms read from the agreement' }).waitFor({ timeout: 60_000 })
    await expectAccessible(page, 'import-proposals')
    expect(await page.getByRole('heading', { name: 'The document' }).isVisible()).toBe(true)
    expect(await page.locator('mark').count()).toBeGreaterThan(0)

    const toDecide = () => page.locator('.govuk-tag', { hasText: 'To decide' }).count()
    const pendingBefore = await toDecide()
    await page.getByRole('button', { name: /^Reject/ }).first().click()
    await expect.poll(toDecide, { timeout: 15_000 }).toBe(pendingBefore - 1)
    expect(await page.locator('.govuk-tag', { hasText: 'Rejected' }).count()).toBe(1)

    await page.getByLabel('Title').fill('SEIP agreement (imported in the browser)')
    await page.getByRole('button', { name: 'Make the agreement' }).click()
    await page.waitForURL(/\/agreements\/[a-f0-9]{24}/, { timeout: 30_000 })
    await page.getByRole('heading', { level: 1, name: /SEIP agreement \(imported in the browser\)/ }).waitFor({ timeout: 30_000 })
    expect(pageErrors).toEqual([])
  }, 180_000)
})
