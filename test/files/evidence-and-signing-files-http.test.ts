// The app's uploads and downloads on each file store backend (disk, and s3 against s3rver): evidence
// through the obligation page and through the API (same checks, permissions and audit), signing with a
// drawn signature to a sealed PDF that still verifies, and a refused upload that stores nothing.
import { createHash } from 'node:crypto'
import path from 'node:path'
import { DiskFileStore } from '#app/file-store/disk-file-store.server'
import { S3FileStore } from '#app/file-store/s3-file-store.server'
import { type FileStore } from '#app/file-store/file-store-interface'
import { drawnSignaturePng } from '#test/fixtures/documents/drawn-signature'
import { pdfBytes } from '#test/compliance/support/demo-data'
import { api, createToken, signedIn, uploadEvidence, type TestClient } from '#test/support/client'
import { storedKeys } from '#test/support/file-store'
import { startS3Server, TEST_BUCKET, type TS3Server } from '#test/support/s3'
import { postJson, sentKentPru, startSigningApp, type TSigningApp } from '#test/signing/support/kent-pru-signing'

type TEvidenceJson = { id: string; name: string; size: number; sha256: string; contentType: string; note: string }
type TApiError = { error: { code: string; message: string; details?: { fields?: Record<string, string>; reason?: string } } }

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe.each(['disk', 's3'] as const)('files through the app on the %s store', (backend) => {
  let s3: TS3Server | undefined
  let kent: TSigningApp
  let store: FileStore
  let stls: TestClient
  let stlsToken: string
  let pruToken: string

  beforeAll(async () => {
    s3 = backend === 's3' ? await startS3Server() : undefined
    kent = await startSigningApp({ env: s3?.env ?? {} })
    store = s3
      ? new S3FileStore({ spoolDir: path.join(kent.app.dataDir, 'files/tmp'), bucket: TEST_BUCKET, prefix: '', region: 'eu-west-2', endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
      : new DiskFileStore(path.join(kent.app.dataDir, 'files'))
    stls = await signedIn(kent.app.baseUrl, 'provider@meadowbank.example')
    stlsToken = await createToken(stls)
    pruToken = kent.tokens.provider
  }, 240_000)

  afterAll(async () => {
    await kent?.app.stop()
    await s3?.stop()
  })

  async function larObligation(term: string) {
    const agreements = (await api(kent.app.baseUrl, '/api/v1/agreements', stlsToken)).body as Array<{ id: string; reference: string }>
    const stlsAgreement = agreements.find((agreement) => agreement.reference === 'KCC-STLS-2026-001')
    const { obligations } = (await api(kent.app.baseUrl, `/api/v1/agreements/${stlsAgreement?.id}/obligations`, stlsToken)).body as { obligations: Array<{ id: string; title: string }> }
    const found = obligations.find((obligation) => obligation.title.includes(`Local Activity Report, ${term}`))
    if (!found) throw new Error(`No Local Activity Report for ${term}`)
    return found.id
  }

  function postEvidence(token: string, obligationId: string, parts: Array<[name: string, value: string | [bytes: Uint8Array, filename: string]]>) {
    const form = new FormData()
    for (const [name, value] of parts) {
      if (typeof value === 'string') form.append(name, value)
      else form.append(name, new Blob([new Uint8Array(value[0])]), value[1])
    }
    return api(kent.app.baseUrl, `/api/v1/obligations/${obligationId}/evidence`, token, { method: 'POST', body: form })
  }

  test('the page upload is kept in the store and streams back byte for byte, as an attachment never cached', async () => {
    const obligationId = await larObligation('Term 1 2026/27')
    const bytes = await pdfBytes(`Term 1 on ${backend}`)
    const uploaded = await uploadEvidence(stls, obligationId, 'LAR term 1.pdf', bytes, 'Local Activity Report for Term 1')
    expect(uploaded.status).toBe(302)
    expect(await storedKeys(store)).toContain(`sha256/${sha256(bytes)}`)
    const page = await stls.get(`/compliance/obligations/${obligationId}`)
    const evidenceId = /href="\/evidence\/([0-9a-f]{24})\/download"/.exec(page.text)?.[1]
    const download = await fetch(new URL(`/evidence/${evidenceId}/download`, kent.app.baseUrl), { headers: { Cookie: stls.cookieHeader } })
    expect(download.status).toBe(200)
    expect(download.headers.get('cache-control')).toContain('no-store')
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="LAR term 1.pdf"')
    expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(sha256(bytes))
  })

  test('API: POST evidence answers 201 with id, name, size and SHA-256; GET download streams it; another provider gets 404', async () => {
    const obligationId = await larObligation('Term 2 2026/27')
    const bytes = await pdfBytes(`Term 2 through the API on ${backend}`)
    const created = await postEvidence(stlsToken, obligationId, [['note', 'Sent by our MIS'], ['file', [bytes, 'LAR term 2.pdf']]])
    expect(created.status).toBe(201)
    const evidence = created.body as TEvidenceJson
    expect(evidence).toMatchObject({ name: 'LAR term 2.pdf', size: bytes.length, sha256: sha256(bytes), contentType: 'application/pdf', note: 'Sent by our MIS' })

    const download = await fetch(new URL(`/api/v1/evidence/${evidence.id}/download`, kent.app.baseUrl), { headers: { Authorization: `Bearer ${kent.tokens.commissioner}` } })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    expect(download.headers.get('cache-control')).toContain('no-store')
    expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(sha256(bytes))
    expect((await api(kent.app.baseUrl, `/api/v1/evidence/${evidence.id}/download`, pruToken)).status).toBe(404)
    expect((await api(kent.app.baseUrl, `/api/v1/evidence/${evidence.id}/download`, null)).status).toBe(401)
    expect((await api(kent.app.baseUrl, `/api/v1/obligations/${obligationId}/evidence`, stlsToken)).status).toBe(405)
    // Both the upload and the download are in the authority's audit trail.
    const admin = await createToken(await signedIn(kent.app.baseUrl, 'admin@kent.example'))
    const audit = (await api(kent.app.baseUrl, `/api/v1/audit-events?q=${encodeURIComponent('LAR term 2.pdf')}`, admin)).body as { events: Array<{ action: string }> }
    expect(audit.events.map((event) => event.action).sort()).toEqual(['evidence.downloaded', 'evidence.uploaded'])
  })

  test('API: a refused upload names the field and stores nothing; the other provider cannot upload at all', async () => {
    const obligationId = await larObligation('Term 3 2026/27')
    const before = await storedKeys(store)
    const noFile = await postEvidence(stlsToken, obligationId, [['note', 'forgot the file']])
    expect(noFile.status).toBe(400)
    expect((noFile.body as TApiError).error.details?.fields).toEqual({ file: 'Choose a file to upload' })
    const disguised = await postEvidence(stlsToken, obligationId, [['file', [Buffer.from('<html><script>alert(1)</script></html>'), 'report.pdf']]])
    expect(disguised.status).toBe(400)
    expect((disguised.body as TApiError).error.details).toMatchObject({ reason: 'markup', fields: { file: 'HTML, SVG and XML files are not accepted; save the page as a PDF' } })
    const two = await postEvidence(stlsToken, obligationId, [['file', [await pdfBytes('one'), 'one.pdf']], ['file', [await pdfBytes('two'), 'two.pdf']]])
    expect(two.status).toBe(400)
    expect((two.body as TApiError).error.details).toMatchObject({ reason: 'more_than_one_file', fields: { file: 'Send one file per upload; this one had more than one' } })
    const otherProvider = await postEvidence(pruToken, obligationId, [['file', [await pdfBytes('not mine'), 'report.pdf']]])
    expect(otherProvider.status).toBe(404)
    expect(await storedKeys(store)).toEqual(before)
    expect((await api(kent.app.baseUrl, `/api/v1/agreements`, stlsToken)).status).toBe(200)
  })

  test('the PDF sent for signature, a drawn signature and the sealed PDF are kept in the store; the sealed PDF verifies', async () => {
    const before = await storedKeys(store)
    const agreement = await sentKentPru(kent)
    const signatures = `/api/v1/agreements/${agreement.id}/signatures`
    expect((await postJson(kent, kent.tokens.commissioner, signatures, { consent: true, method: 'typed', fullName: 'Clare Commissioner', title: 'Head of Inclusion' })).status).toBe(201)
    const drawing = drawnSignaturePng()
    const last = await postJson(kent, kent.tokens.provider, signatures, { consent: true, method: 'drawn', drawnSignature: `data:image/png;base64,${Buffer.from(drawing).toString('base64')}`, fullName: 'Pat Provider', title: 'Chair of the Management Committee' })
    expect(last.status).toBe(201)
    const signed = await fetch(new URL(`/api/v1/agreements/${agreement.id}/signed.pdf`, kent.app.baseUrl), { headers: { Authorization: `Bearer ${kent.tokens.provider}` } })
    const sealed = Buffer.from(await signed.arrayBuffer())
    expect(signed.headers.get('content-disposition')).toMatch(/^attachment; filename="KCC-PRU-.*-signed\.pdf"$/)
    const added = (await storedKeys(store)).filter((key) => !before.includes(key))
    expect(added).toHaveLength(3)
    expect(added).toContain(`sha256/${sha256(drawing)}`)
    expect(added).toContain(`sha256/${sha256(sealed)}`)
    const verified = await api(kent.app.baseUrl, '/api/v1/verify', null, { method: 'POST', body: sealed })
    expect(verified.body).toMatchObject({ sealed: true, intact: true, signedBySystem: true, agreement: { reference: agreement.reference } })
  }, 120_000)
})
