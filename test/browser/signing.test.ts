import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Browser, type Page } from 'playwright-core'
import { startApp, type TRunningApp } from '#test/support/app'
import { accessibilityViolations, launchChromium, screenshot } from '#test/support/browser'
import { api, createToken, DEMO_PASSWORD, signedIn } from '#test/support/client'

// Issue 7 acceptance: a Kent PRU SLA goes from approved to fully signed by both parties in the
// browser, and the verify page reports the downloaded signed PDF valid and a one-byte change invalid.

const KENT_PRU = 'North West Kent Alternative Provision Service Management Committee'

let app: TRunningApp
let browser: Browser
let workDir = ''

beforeAll(async () => {
  browser = await launchChromium()
  app = await startApp()
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-signing-browser-'))
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

/** An approved Kent PRU SLA, drafted and approved through the API (the review flow has its own browser test). */
async function approvedKentPru() {
  const commissioner = await createToken(await signedIn(app.baseUrl, 'commissioner@kent.example'))
  const legal = await createToken(await signedIn(app.baseUrl, 'legal@kent.example'))
  const post = (token: string, url: string, body: unknown) => api(app.baseUrl, url, token, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
  const organisations = (await api(app.baseUrl, '/api/v1/organisations', commissioner)).body as { id: string; name: string }[]
  const provider = organisations.find((organisation) => organisation.name === KENT_PRU)?.id
  const created = await post(commissioner, '/api/v1/agreements', { template: 'kent-pru-sla', commencesOn: '2026-09-01', parties: [provider] })
  const agreement = created.body as { id: string; reference: string }
  expect((await post(commissioner, `/api/v1/agreements/${agreement.id}/transitions`, { to: 'in_legal_review' })).status).toBe(200)
  expect((await post(legal, `/api/v1/agreements/${agreement.id}/transitions`, { to: 'approved' })).status).toBe(200)
  return agreement
}

async function signedInPage(email: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${app.baseUrl}/sign-in`)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`${app.baseUrl}/`)
  return page
}

async function expectAccessible(page: Page, name: string) {
  await page.waitForLoadState('networkidle')
  await screenshot(page, `signing-${name}`)
  expect(await accessibilityViolations(page)).toEqual([])
}

async function sign(page: Page, name: string, title: string) {
  await page.getByLabel('Your full name').fill(name)
  await page.getByLabel('Your job title').fill(title)
  await page.getByLabel(/agree to sign it electronically/).check()
  await page.getByRole('button', { name: 'Sign the agreement' }).click()
}

test('a Kent PRU SLA is sent, signed by KCC then the Management Committee, and the signed PDF verifies', async () => {
  const agreement = await approvedKentPru()
  const signingUrl = `${app.baseUrl}/agreements/${agreement.id}/signing`

  const commissioner = await signedInPage('commissioner@kent.example')
  await commissioner.goto(signingUrl)
  await expectAccessible(commissioner, 'approved')
  await commissioner.getByRole('button', { name: 'Send for signature' }).click()
  await commissioner.getByRole('heading', { name: 'Sign as Officer of KCC' }).waitFor()
  await expectAccessible(commissioner, 'sent')

  // Without consent the signature is refused, with the message next to the box.
  await commissioner.getByLabel('Your full name').fill('Clare Commissioner')
  await commissioner.getByLabel('Your job title').fill('Head of Inclusion')
  await commissioner.getByRole('button', { name: 'Sign the agreement' }).click()
  await commissioner.getByText('Confirm that you agree to sign electronically').first().waitFor()
  await expectAccessible(commissioner, 'consent-missing')
  await sign(commissioner, 'Clare Commissioner', 'Head of Inclusion')
  await commissioner.getByText(/Clare Commissioner, Head of Inclusion/).waitFor()

  const provider = await signedInPage('provider@nwk-aps.example')
  await provider.goto(signingUrl)
  await provider.getByRole('heading', { name: 'Sign as Chair of Management Committee' }).waitFor()
  await expectAccessible(provider, 'provider-turn')
  await sign(provider, 'Pat Provider', 'Chair of the Management Committee')
  await provider.getByRole('link', { name: 'Download the signed PDF' }).waitFor()
  await expectAccessible(provider, 'completed')

  const download = await provider.request.get(`${app.baseUrl}/agreements/${agreement.id}/signed.pdf`)
  expect(download.status()).toBe(200)
  const signedPdf = await download.body()
  const signedFile = path.join(workDir, `${agreement.reference}-v1-signed.pdf`)
  fs.writeFileSync(signedFile, signedPdf)
  // Kept beside the screenshots to look at.
  fs.writeFileSync(path.join(import.meta.dirname, '../../test-results/signing-signed.pdf'), signedPdf)

  // The verify page is public: a fresh browser context, nobody signed in.
  const visitor = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  await visitor.goto(`${app.baseUrl}/verify`)
  await expectAccessible(visitor, 'verify')
  await visitor.getByLabel('Signed agreement (PDF)').setInputFiles(signedFile)
  await visitor.getByRole('button', { name: 'Check the PDF' }).click()
  await visitor.getByRole('heading', { name: 'Valid: sealed by this service and unchanged' }).waitFor()
  await visitor.getByText(`${agreement.reference}, version 1, completed`).waitFor()
  await visitor.getByText(/Signed by Clare Commissioner, Head of Inclusion, Kent County Council/).waitFor()
  await visitor.getByText(/Signed by Pat Provider, Chair of the Management Committee/).waitFor()
  await expectAccessible(visitor, 'verify-valid')

  const tampered = Buffer.from(signedPdf)
  tampered[10] ^= 0x01
  const tamperedFile = path.join(workDir, 'tampered.pdf')
  fs.writeFileSync(tamperedFile, tampered)
  await visitor.getByLabel('Signed agreement (PDF)').setInputFiles(tamperedFile)
  await visitor.getByRole('button', { name: 'Check the PDF' }).click()
  await visitor.getByRole('heading', { name: 'Not valid' }).waitFor()
  await visitor.getByText(/its digest does not match the signed digest/).waitFor()
  await expectAccessible(visitor, 'verify-tampered')
}, 180_000)
