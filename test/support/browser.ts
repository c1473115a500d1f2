import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { DEMO_PASSWORD } from './client'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results')

/** Debian's Chromium, never a downloaded browser; a clear message if it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The browser tests drive Debian's Chromium: install it with ` +
        '`apt-get install -y chromium` (or set CHROMIUM_PATH to another Chromium binary).',
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  })
}

/** Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules and returns the violations, summarised. */
export async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }))
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

/**
 * A fresh page at a desktop size. Without the app's JavaScript unless asked (its bundles are blocked;
 * axe-core itself still runs): every form must work that way, and full page loads keep the waits simple.
 */
export async function newPage(browser: Browser, { withAppScripts = false, ...contextOptions }: BrowserContextOptions & { withAppScripts?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions })
  if (!withAppScripts) await context.route('**/build/**/*.js', (route) => route.abort())
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  return page
}

export async function signIn(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/sign-in`)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`${baseUrl}/`)
}

/** Screenshots the page to test-results/ and expects no axe-core violations. */
export async function expectAccessible(page: Page, name: string) {
  await screenshot(page, name)
  expect(await accessibilityViolations(page)).toEqual([])
}
