// Document downloads, the signing workflow, the sealed PDF and its verification, through the API and
// the pages, against the app and its embedded database with the demo data seeded.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { api, type TestClient } from '#test/support/client'
import { approvedKentPru as approvedKentPruFor, postJson as postJsonAs, type TAgreementJson, useSigningApp } from './support/kent-pru-signing'

type TVerification = {
  sealed: boolean
  intact: boolean
  signedBySystem: boolean
  problems: string[]
  agreement: { reference: string; version: number; signatures: { name: string; title: string; organisation: string }[] } | null
}

const kent = useSigningApp('sla-signing-')

const postJson = (token: string, url: string, body: unknown) => postJsonAs(kent, token, url, body)
const approvedKentPru = () => approvedKentPruFor(kent)

async function download(url: string, token: string) {
  const response = await fetch(new URL(url, kent.app.baseUrl), { headers: { Authorization: `Bearer ${token}` } })
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) }
}

async function status(id: string) {
  return ((await api(kent.app.baseUrl, `/api/v1/agreements/${id}`, kent.tokens.commissioner)).body as TAgreementJson).status
}

function signFields(documentSha256: string, name: string, title: string) {
  return { intent: 'sign', consent: 'on', name, title, documentSha256 }
}

async function documentHashOnPage(client: TestClient, id: string) {
  const page = await client.get(`/agreements/${id}/signing`)
  const hash = /SHA-256: <code>([0-9a-f]{64})<\/code>/.exec(page.text)?.[1]
  if (!hash) throw new Error(`No document hash on the signing page (status ${page.status})`)
  return hash
}

function pdfsig(file: string) {
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' })
  } catch (error) {
    // pdfsig exits non-zero for an invalid signature; its report is still on stdout.
    return String((error as { stdout?: string }).stdout ?? '')
  }
}

describe('document downloads', () => {
  test('the current version downloads as PDF and DOCX for a reader; the signed PDF is 404 until sealed; another authority gets 404', async () => {
    const agreement = await approvedKentPru()
    const fileStem = `${agreement.reference}-v1`

    const pdf = await download(`/api/v1/agreements/${agreement.id}/document.pdf`, kent.tokens.commissioner)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="${fileStem}.pdf"`)
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')

    const docx = await download(`/api/v1/agreements/${agreement.id}/document.docx`, kent.tokens.provider)
    expect(docx.status).toBe(200)
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(docx.headers.get('content-disposition')).toBe(`attachment; filename="${fileStem}.docx"`)
    // A DOCX is a zip: local file header "PK\x03\x04".
    expect([...docx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])

    expect((await download(`/api/v1/agreements/${agreement.id}/signed.pdf`, kent.tokens.commissioner)).status).toBe(404)
    expect((await download(`/api/v1/agreements/${agreement.id}/document.pdf`, kent.tokens.southend)).status).toBe(404)
    expect((await download(`/api/v1/agreements/${agreement.id}/document.docx`, kent.tokens.southend)).status).toBe(404)

    const browser = await kent.commissioner.get(`/agreements/${agreement.id}/document.pdf`)
    expect(browser.status).toBe(200)
    expect(browser.headers.get('content-disposition')).toBe(`attachment; filename="${fileStem}.pdf"`)
  })
})

describe('signing', () => {
  test('sent, signed in order (out of order refused), completed, sealed, and verifiable; one changed byte is caught', async () => {
    const agreement = await approvedKentPru()
    const signing = `/agreements/${agreement.id}/signing`

    // Only the authority's commissioner sends it; a provider cannot.
    expect((await kent.provider.submit(signing, { intent: 'send' })).status).toBe(403)
    const sent = await kent.commissioner.submit(signing, { intent: 'send' })
    expect(sent.status, sent.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 1500)).toBe(302)
    expect(await status(agreement.id)).toBe('out_for_signature')

    // The hash on the page is the SHA-256 of the exact PDF offered for review.
    const documentSha256 = await documentHashOnPage(kent.commissioner, agreement.id)
    const toSign = await kent.commissioner.request(`/agreements/${agreement.id}/signing-document.pdf`)
    expect(toSign.status).toBe(200)
    expect(toSign.headers.get('content-type')).toBe('application/pdf')
    const anonymous = await fetch(new URL(`/agreements/${agreement.id}/signing-document.pdf`, kent.app.baseUrl), { redirect: 'manual' })
    expect(anonymous.status).toBe(302)

    // Kent PRU SLA: the KCC officer signs first, then the Chair of the Management Committee.
    const early = await kent.provider.submit(signing, signFields(documentSha256, 'Pat Provider', 'Chair of the Management Committee'))
    expect(early.status).toBe(409)

    const noConsent = await kent.commissioner.submit(signing, { intent: 'sign', name: 'Clare Commissioner', title: 'Head of Inclusion', documentSha256 })
    expect(noConsent.status).toBe(400)
    expect(noConsent.text).toContain('Confirm that you agree to sign electronically')

    expect((await kent.commissioner.submit(signing, signFields(documentSha256, 'Clare Commissioner', 'Head of Inclusion'))).status).toBe(302)
    expect(await status(agreement.id)).toBe('out_for_signature')
    // Signing twice is refused.
    expect((await kent.commissioner.submit(signing, signFields(documentSha256, 'Clare Commissioner', 'Head of Inclusion'))).status).toBe(403)

    expect((await kent.provider.submit(signing, signFields(documentSha256, 'Pat Provider', 'Chair of the Management Committee'))).status).toBe(302)
    expect(await status(agreement.id)).toBe('active')

    const signed = await download(`/api/v1/agreements/${agreement.id}/signed.pdf`, kent.tokens.provider)
    expect(signed.status).toBe(200)
    expect(signed.headers.get('content-disposition')).toBe(`attachment; filename="${agreement.reference}-v1-signed.pdf"`)
    const signedFile = path.join(kent.workDir, 'signed.pdf')
    fs.writeFileSync(signedFile, signed.bytes)

    const report = pdfsig(signedFile)
    expect(report).toContain('Signature is Valid')
    expect(report).toContain('Total document signed')

    const text = execFileSync('pdftotext', [signedFile, '-'], { encoding: 'utf8' })
    expect(text).toContain('Signature certificate')
    expect(text).toContain('Clare Commissioner')
    expect(text).toContain('Pat Provider')
    // The certificate table wraps the 64-digit hash across lines.
    expect(text.replace(/\s+/g, '')).toContain(documentSha256)

    const verified = (await api(kent.app.baseUrl, '/api/v1/verify', null, { method: 'POST', body: signed.bytes, headers: { 'Content-Type': 'application/pdf' } })).body as TVerification
    expect(verified).toMatchObject({ sealed: true, intact: true, signedBySystem: true, problems: [] })
    expect(verified.agreement?.reference).toBe(agreement.reference)
    expect(verified.agreement?.signatures.map((signature) => signature.name)).toEqual(['Clare Commissioner', 'Pat Provider'])

    // One byte changed inside the signed range (the PDF header comment).
    const tampered = new Uint8Array(signed.bytes)
    tampered[10] ^= 0x01
    const tamperedFile = path.join(kent.workDir, 'tampered.pdf')
    fs.writeFileSync(tamperedFile, tampered)
    const tamperedReport = pdfsig(tamperedFile)
    expect(tamperedReport).not.toContain('Signature is Valid')
    expect(tamperedReport).toMatch(/Digest Mismatch|Signature is Invalid/)
    const tamperedCheck = (await api(kent.app.baseUrl, '/api/v1/verify', null, { method: 'POST', body: tampered })).body as TVerification
    expect(tamperedCheck.sealed).toBe(true)
    expect(tamperedCheck.intact).toBe(false)
    expect(tamperedCheck.agreement).toBeNull()

    // Another authority can neither download nor verify-by-download.
    expect((await download(`/api/v1/agreements/${agreement.id}/signed.pdf`, kent.tokens.southend)).status).toBe(404)
  }, 120_000)

  test('sending through the transitions API prepares the document and signatories, as the signing page does', async () => {
    const agreement = await approvedKentPru()
    const sent = await postJson(kent.tokens.commissioner, `/api/v1/agreements/${agreement.id}/transitions`, { to: 'out_for_signature' })
    expect(sent.status).toBe(200)
    expect((sent.body as TAgreementJson).status).toBe('out_for_signature')
    const toSign = await kent.commissioner.request(`/agreements/${agreement.id}/signing-document.pdf`)
    expect(toSign.status).toBe(200)
    expect(await documentHashOnPage(kent.commissioner, agreement.id)).toMatch(/^[0-9a-f]{64}$/)
  }, 60_000)

  test('sent to sign all at once, the Chair of the Management Committee may sign before the KCC officer', async () => {
    const agreement = await approvedKentPru()
    const signing = `/agreements/${agreement.id}/signing`
    const sendPage = await kent.commissioner.get(signing)
    expect(sendPage.text).toContain('All at once, in any order')
    const badOrder = await postJson(kent.tokens.commissioner, `/api/v1/agreements/${agreement.id}/transitions`, { to: 'out_for_signature', order: 'alphabetical' })
    expect(badOrder.status).toBe(400)
    expect(JSON.stringify(badOrder.body)).toContain('Choose how the signatories sign')
    expect(await status(agreement.id)).toBe('approved')

    expect((await kent.commissioner.submit(signing, { intent: 'send', order: 'parallel' })).status).toBe(302)
    expect((await kent.provider.get(signing)).text).toContain('They sign all at once, in any order.')
    const documentSha256 = await documentHashOnPage(kent.commissioner, agreement.id)
    expect((await kent.provider.submit(signing, signFields(documentSha256, 'Pat Provider', 'Chair of the Management Committee'))).status).toBe(302)
    expect(await status(agreement.id)).toBe('out_for_signature')
    expect((await kent.commissioner.submit(signing, signFields(documentSha256, 'Clare Commissioner', 'Head of Inclusion'))).status).toBe(302)
    expect(await status(agreement.id)).toBe('active')
  }, 120_000)

  test('declining needs a reason and returns the agreement to draft', async () => {
    const agreement = await approvedKentPru()
    const signing = `/agreements/${agreement.id}/signing`
    expect((await kent.commissioner.submit(signing, { intent: 'send' })).status).toBe(302)

    const noReason = await kent.provider.submit(signing, { intent: 'decline', reason: '' })
    expect(noReason.status).toBe(400)
    expect(await status(agreement.id)).toBe('out_for_signature')

    expect((await kent.provider.submit(signing, { intent: 'decline', reason: 'The session fee in Schedule 2 is wrong' })).status).toBe(302)
    expect(await status(agreement.id)).toBe('draft')
    const documentSha256 = '0'.repeat(64)
    // The signing has ended: signing now is refused.
    expect((await kent.commissioner.submit(signing, signFields(documentSha256, 'Clare Commissioner', 'Head of Inclusion'))).status).toBe(409)
  }, 60_000)
})
