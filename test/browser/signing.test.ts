import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Browser, type Page } from 'playwright-core'
import { startApp, type TRunningApp } from '#test/support/app'
import { accessibilityViolations, launchChromium, newPage, screenshot } from '#test/support/browser'
import { api, confirmProposals, createToken, DEMO_PASSWORD, signedIn, type TDraftWithProposals } from '#test/support/client'

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
  await confirmProposals(app.baseUrl, commissioner, created.body as TDraftWithProposals)
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
  // The signing method choice appears once the app's JavaScript has taken over the form.
  await page.getByRole('radio', { name: 'Type your name' }).waitFor()
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
  // Who will sign is shown before anything is sent, in signing order.
  const toSign = commissioner.getByRole('heading', { name: 'Who will sign' }).locator('xpath=following-sibling::ol[1]').getByRole('listitem')
  expect(await toSign.allInnerTexts()).toEqual(['Officer of KCC, for Kent County Council', `Chair of Management Committee, for ${KENT_PRU}`])
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

/** Creates a signing link on the signing page for the waiting slot whose option label matches. */
async function issueLink(page: Page, slotLabel: RegExp, name: string, email: string) {
  const option = page.getByLabel('Signs as').locator('option', { hasText: slotLabel })
  await page.getByLabel('Signs as').selectOption((await option.getAttribute('value')) ?? '')
  await page.getByLabel('Signatory’s full name').fill(name)
  await page.getByLabel('Signatory’s email address').fill(email)
  await page.getByRole('button', { name: 'Create signing link' }).click()
  return (await page.locator('.app-signing-link').textContent()) ?? ''
}

/** Draws a wavy stroke across the canvas with the mouse, as a signatory would. */
async function drawSignature(page: Page) {
  const canvas = page.getByRole('img', { name: 'Your signature' })
  // A refused form scrolls its error summary into view; the mouse draws only where the page shows.
  await canvas.scrollIntoViewIfNeeded()
  const box = await canvas.boundingBox()
  if (!box) throw new Error('The signature canvas is not on the page')
  await page.mouse.move(box.x + 30, box.y + box.height / 2)
  await page.mouse.down()
  for (let step = 1; step <= 30; step += 1) {
    await page.mouse.move(box.x + 30 + step * ((box.width - 60) / 30), box.y + box.height / 2 + Math.sin(step / 3) * (box.height / 4))
  }
  await page.mouse.up()
}

test('a signatory without an account draws a signature on the public signing page, which passes axe-core', async () => {
  const agreement = await approvedKentPru()
  const commissioner = await signedInPage('commissioner@kent.example')
  await commissioner.goto(`${app.baseUrl}/agreements/${agreement.id}/signing`)
  await commissioner.getByRole('button', { name: 'Send for signature' }).click()
  await commissioner.getByRole('heading', { name: 'Sign as Officer of KCC' }).waitFor()
  const link = await issueLink(commissioner, /Kent County Council/, 'Olive Officer', 'olive.officer@kent.example')
  expect(link).toMatch(/\/sign\/[A-Za-z0-9_-]{43}$/)

  // Without JavaScript only the typed name is offered; the page passes axe-core that way too.
  const withoutScripts = await newPage(browser)
  await withoutScripts.goto(link)
  await withoutScripts.getByLabel('Your full name').waitFor()
  expect(await withoutScripts.getByRole('radio').count()).toBe(0)
  await expectAccessible(withoutScripts, 'link-without-javascript')

  // A fresh context: nobody signed in, and the app's JavaScript runs so the drawing option appears.
  const signatory = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  await signatory.goto(link)
  await signatory.getByRole('radio', { name: 'Draw your signature' }).waitFor()
  await expectAccessible(signatory, 'link')
  await expect(signatory.getByLabel('Your full name').inputValue()).resolves.toBe('Olive Officer')

  // Drawing chosen but nothing drawn, and no consent: both messages, the name and title kept.
  await signatory.getByRole('radio', { name: 'Draw your signature' }).check()
  await signatory.getByLabel('Your job title').fill('Head of Inclusion')
  await signatory.getByRole('button', { name: 'Sign the agreement' }).click()
  await signatory.getByRole('link', { name: 'Draw your signature in the box, or choose “Type your name”' }).waitFor()
  await signatory.getByRole('link', { name: 'Confirm that you agree to sign electronically' }).waitFor()
  await expect(signatory.getByLabel('Your job title').inputValue()).resolves.toBe('Head of Inclusion')
  await expectAccessible(signatory, 'link-errors')

  await expect(signatory.getByRole('radio', { name: 'Draw your signature' }).isChecked()).resolves.toBe(true)
  await drawSignature(signatory)
  await signatory.getByLabel(/agree to sign it electronically/).check()
  await signatory.getByRole('button', { name: 'Sign the agreement' }).click()
  await signatory.getByRole('heading', { name: 'Signed' }).waitFor()

  // Opened again, the used link says what happened and whom to ask, on a page of its own.
  const used = await signatory.goto(link)
  expect(used?.status()).toBe(410)
  await signatory.getByRole('heading', { name: 'This agreement has already been signed through this link' }).waitFor()
  await signatory.getByRole('link', { name: 'commissioning@kent.example' }).waitFor()
  await expectAccessible(signatory, 'link-used')
  // Its PDF is refused with a page a person can read, not JSON.
  const usedPdf = await signatory.goto(`${link}/document.pdf`)
  expect(usedPdf?.status()).toBe(410)
  await signatory.getByRole('heading', { name: 'This link no longer works' }).waitFor()
  await signatory.getByText('The file could not be downloaded. This signing link has already been used.').waitFor()
  await expectAccessible(signatory, 'link-used-document')

  // The Management Committee's chair signs with a typed name, which completes and seals the agreement.
  const provider = await signedInPage('provider@nwk-aps.example')
  await provider.goto(`${app.baseUrl}/agreements/${agreement.id}/signing`)
  await provider.getByRole('heading', { name: 'Sign as Chair of Management Committee' }).waitFor()
  await sign(provider, 'Pat Provider', 'Chair of the Management Committee')
  await provider.getByRole('link', { name: 'Download the signed PDF' }).waitFor()
  await provider.getByText(/Olive Officer, Head of Inclusion/).waitFor()

  const signedFile = path.join(workDir, 'drawn-signed.pdf')
  fs.writeFileSync(signedFile, await (await provider.request.get(`${app.baseUrl}/agreements/${agreement.id}/signed.pdf`)).body())
  fs.copyFileSync(signedFile, path.join(import.meta.dirname, '../../test-results/signing-drawn-in-browser.pdf'))
  // The canvas is 600 x 200: its PNG is the one image in the signed PDF.
  const images = execFileSync('pdfimages', ['-list', signedFile], { encoding: 'utf8' }).trim().split('\n').slice(2)
    .map((row) => row.trim().split(/\s+/))
    .filter((columns) => columns[2] === 'image')
  expect(images.map((columns) => [columns[3], columns[4]])).toEqual([['600', '200']])
  expect(execFileSync('pdftotext', [signedFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain('signed with a drawn signature')
}, 180_000)
