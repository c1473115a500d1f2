import { type Browser } from 'playwright-core'
import { startApp, type TRunningApp } from '#test/support/app'
import { accessibilityViolations, expectAccessible, launchChromium, newPage, signIn } from '#test/support/browser'
import { api, createToken, DEMO_PASSWORD, signedIn } from '#test/support/client'

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

// Any script error on any page fails the run: the app's scripts must hydrate cleanly.
async function openPage(options?: { withAppScripts?: boolean }) {
  const page = await newPage(browser, options)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  return page
}

describe('a demo commissioner', () => {
  it('signs in, sees their organisation and role, and every page passes axe-core', async () => {
    const page = await openPage()
    await page.goto(`${app.baseUrl}/`)
    await page.waitForURL(/\/sign-in/)
    await expectAccessible(page, 'sign-in')

    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.locator('.govuk-error-summary')).toBeTruthy()
    await page.getByRole('link', { name: 'Enter your email address' }).waitFor()
    await expectAccessible(page, 'sign-in-errors')

    await page.getByLabel('Email address').fill('commissioner@kent.example')
    await page.getByLabel('Password').fill('wrong password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('link', { name: 'Email or password is incorrect' }).waitFor()

    await signIn(page, app.baseUrl, 'commissioner@kent.example')
    expect(await page.locator('header').innerText()).toContain('Clare Commissioner')
    expect(await page.locator('header').innerText()).toContain('Commissioner, Kent County Council')
    expect(await page.locator('header').innerText()).not.toMatch(/GOV\.UK/)
    await expectAccessible(page, 'home-commissioner')

    await page.getByRole('link', { name: 'API tokens' }).first().click()
    await page.getByLabel('Token name').fill('Finance system')
    await page.getByRole('button', { name: 'Create token' }).click()
    await page.getByText('Copy it now. It will not be shown again.').waitFor()
    expect(await page.locator('.app-token').innerText()).toMatch(/^sla_/)
    await expectAccessible(page, 'tokens-created')

    await page.goto(`${app.baseUrl}/admin/users`)
    expect(await page.locator('h1').innerText()).toBe('You do not have permission to see this page')
    await expectAccessible(page, 'forbidden')

    await page.goto(`${app.baseUrl}/no-such-page`)
    expect(await page.locator('h1').innerText()).toBe('Page not found')
    await expectAccessible(page, 'not-found')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(/\/sign-in$/)
    expect(pageErrors).toEqual([])
  }, 120_000)
})

describe('with JavaScript', () => {
  it('the hydrated app signs in and navigates without page errors', async () => {
    const page = await openPage({ withAppScripts: true })
    await page.goto(`${app.baseUrl}/sign-in`, { waitUntil: 'networkidle' })
    await page.getByLabel('Email address').fill('commissioner@kent.example')
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Welcome, Clare Commissioner' }).waitFor()
    await page.waitForLoadState('networkidle')
    await page.getByRole('link', { name: 'API tokens' }).first().click()
    await page.getByRole('heading', { name: 'API tokens' }).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
    expect(pageErrors).toEqual([])
  }, 60_000)
})

describe('a demo administrator', () => {
  it('manages organisations and users on pages that pass axe-core', async () => {
    const page = await openPage()
    await signIn(page, app.baseUrl, 'admin@kent.example')
    await expectAccessible(page, 'home-admin')

    await page.getByRole('link', { name: 'Organisations' }).first().click()
    await page.getByRole('cell', { name: 'North West Kent Alternative Provision Service Management Committee', exact: true }).waitFor()
    await expectAccessible(page, 'organisations')

    await page.getByRole('link', { name: 'Add an organisation' }).click()
    await page.getByRole('button', { name: 'Add organisation' }).click()
    await page.getByRole('link', { name: 'Enter the organisation name' }).waitFor()
    await expectAccessible(page, 'organisation-new-errors')

    await page.getByLabel('Name').fill('Thanet Learning Centre')
    await page.getByLabel('Kind of organisation').selectOption('provider')
    await page.getByRole('button', { name: 'Add organisation' }).click()
    await page.getByRole('cell', { name: 'Thanet Learning Centre', exact: true }).waitFor()

    await page.getByRole('link', { name: 'Edit Thanet Learning Centre' }).click()
    await page.getByLabel('Town or city').fill('Margate')
    await expectAccessible(page, 'organisation-edit')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.waitForURL(`${app.baseUrl}/admin/organisations`)

    await page.getByRole('link', { name: 'Users' }).first().click()
    await expectAccessible(page, 'users')
    await page.getByRole('link', { name: 'Add a user' }).click()
    await page.getByRole('button', { name: 'Add user' }).click()
    await page.getByRole('link', { name: 'Enter the person’s name' }).waitFor()
    await expectAccessible(page, 'user-new-errors')

    await page.goto(`${app.baseUrl}/admin/users`)
    await page.getByRole('link', { name: 'Edit Clare Commissioner' }).click()
    await expectAccessible(page, 'user-edit')
    await page.getByRole('link', { name: 'Reset Clare Commissioner’s password' }).click()
    await page.getByRole('button', { name: 'Reset password' }).click()
    await page.getByRole('link', { name: 'Enter a password' }).waitFor()
    await expectAccessible(page, 'user-password-errors')

    await page.getByRole('link', { name: 'Audit trail' }).first().click()
    await page.getByLabel('Search').fill('Thanet')
    await page.getByRole('button', { name: 'Filter' }).click()
    await page.getByRole('cell', { name: 'Alex Admin created Thanet Learning Centre' }).waitFor()
    await expectAccessible(page, 'audit-trail')
    await page.goto(`${app.baseUrl}/audit?from=2026-11-30&to=2026-11-01`)
    await page.getByRole('link', { name: 'The "to" date must be the same as or after the "from" date' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('to')
    await expectAccessible(page, 'audit-trail-errors')
    expect(pageErrors).toEqual([])
  }, 120_000)
})

describe('the parties page of a Kent STLS draft', () => {
  it('groups the details its wording refers to (the District) in a fieldset with a legend, and passes axe-core', async () => {
    const token = await createToken(await signedIn(app.baseUrl, 'commissioner@kent.example'))
    const created = await api(app.baseUrl, '/api/v1/agreements', token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ template: 'kent-stls', commencesOn: '2026-09-01', endsOn: '2029-08-31' }),
    })
    const page = await openPage()
    await signIn(page, app.baseUrl, 'commissioner@kent.example')
    await page.goto(`${app.baseUrl}/agreements/${(created.body as { id: string }).id}/parties`)
    const details = page.getByRole('group', { name: 'Details the wording refers to' })
    await details.waitFor()
    expect(await details.getByRole('textbox').count()).toBeGreaterThan(0)
    await expectAccessible(page, 'parties-and-details')
    expect(pageErrors).toEqual([])
  }, 120_000)
})
