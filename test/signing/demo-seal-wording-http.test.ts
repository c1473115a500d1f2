// The demo seal proves only that a file is unchanged, not who sealed it: the verify page, the
// verify API and the signed PDF's certificate page say so when the app seals with it
// (SEAL_DEMO=1), and say nothing of it when an operator's own seal key is configured.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import forge from 'node-forge'
import { api } from '#test/support/client'
import { postJson, sentKentPru, startSigningApp, type TSigningApp } from './support/kent-pru-signing'

const DEMO_WARNING = 'Sealed with the demo seal'
const DEMO_CERTIFICATE_WORDING = 'sealed with the DEMO seal'

/** An operator's own seal: a certificate in the council's name, in a P12 with a passphrase. */
function councilSealP12Base64(passphrase: string) {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 })
  const certificate = forge.pki.createCertificate()
  certificate.publicKey = keys.publicKey
  certificate.serialNumber = '01'
  certificate.validity.notBefore = new Date(Date.now() - 24 * 60 * 60 * 1000)
  certificate.validity.notAfter = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000)
  const subject = [{ name: 'commonName', value: 'Kent County Council agreements seal' }, { name: 'organizationName', value: 'Kent County Council' }]
  certificate.setSubject(subject)
  certificate.setIssuer(subject)
  certificate.setExtensions([{ name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true }])
  certificate.sign(keys.privateKey, forge.md.sha256.create())
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [certificate], passphrase, { algorithm: '3des' })
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary').toString('base64')
}

/** Takes a Kent PRU SLA through both signatures and returns its sealed PDF. */
async function signedPdf(signing: TSigningApp) {
  const agreement = await sentKentPru(signing)
  const signatures = `/api/v1/agreements/${agreement.id}/signatures`
  const first = await postJson(signing, signing.tokens.commissioner, signatures, { consent: true, method: 'typed', fullName: 'Clare Commissioner', title: 'Head of Inclusion' })
  expect(first.status).toBe(201)
  const last = await postJson(signing, signing.tokens.provider, signatures, { consent: true, method: 'typed', fullName: 'Pat Provider', title: 'Chair of the Management Committee' })
  expect(last.status).toBe(201)
  const response = await fetch(new URL(`/api/v1/agreements/${agreement.id}/signed.pdf`, signing.app.baseUrl), { headers: { Authorization: `Bearer ${signing.tokens.provider}` } })
  expect(response.status).toBe(200)
  return new Uint8Array(await response.arrayBuffer())
}

function certificatePageText(pdf: Uint8Array<ArrayBuffer>) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-demo-seal-'))
  try {
    const file = path.join(directory, 'signed.pdf')
    fs.writeFileSync(file, pdf)
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
}

/** The public verify page, as a browser posts the form. */
async function verifyPage(signing: TSigningApp, pdf: Uint8Array<ArrayBuffer>) {
  const form = new FormData()
  form.append('pdf', new File([pdf], 'signed.pdf', { type: 'application/pdf' }))
  const response = await fetch(new URL('/verify', signing.app.baseUrl), { method: 'POST', body: form, headers: { Origin: new URL(signing.app.baseUrl).origin } })
  expect(response.status).toBe(200)
  return response.text()
}

async function verifyApi(signing: TSigningApp, pdf: Uint8Array<ArrayBuffer>) {
  const response = await api(signing.app.baseUrl, '/api/v1/verify', null, { method: 'POST', body: pdf, headers: { 'Content-Type': 'application/pdf' } })
  expect(response.status).toBe(200)
  return response.body as { demoSeal: boolean; signedBySystem: boolean; intact: boolean }
}

describe.each([
  { seal: 'the demo seal (SEAL_DEMO=1)', env: () => ({ SEAL_DEMO: '1' }), demo: true },
  { seal: 'a configured seal key', env: () => ({ SEAL_P12_BASE64: councilSealP12Base64('kent seal passphrase'), SEAL_P12_PASSPHRASE: 'kent seal passphrase' }), demo: false },
])('an agreement sealed with $seal', ({ env, demo }) => {
  let signing: TSigningApp
  let pdf: Uint8Array<ArrayBuffer>

  beforeAll(async () => {
    signing = await startSigningApp({ env: env() })
    pdf = await signedPdf(signing)
  }, 300_000)

  afterAll(async () => {
    await signing?.app.stop()
  })

  it(demo ? 'is named as demo-sealed on its certificate page' : 'has a certificate page that says nothing of a demo seal', () => {
    const text = certificatePageText(pdf)
    expect(text).toContain('Signed by every party')
    if (demo) expect(text).toContain(DEMO_CERTIFICATE_WORDING)
    else expect(text).not.toContain(DEMO_CERTIFICATE_WORDING)
  })

  it(demo ? 'is valid on the verify page, with the demo-seal warning' : 'is valid on the verify page, with no demo-seal warning', async () => {
    const page = await verifyPage(signing, pdf)
    expect(page).toContain('Valid: sealed by this service and unchanged')
    if (demo) expect(page).toContain(DEMO_WARNING)
    else expect(page).not.toContain(DEMO_WARNING)
    const answer = await verifyApi(signing, pdf)
    expect(answer).toMatchObject({ intact: true, signedBySystem: true, demoSeal: demo })
  })
})
