// OWASP ASVS 4.0 V12 (files) through the running app: V12.1.1 the 25 MB limit, refused unread when
// the length says so and as it arrives when it does not, keeping nothing; V12.1 one file part only;
// V12.3.1 a file name is data, never a header or a path (quotes, semicolons, accents: never a 500);
// V12.5.1-2 every download is an attachment named per RFC 6266, never cached, never sniffed.
import { createHash } from 'node:crypto'
import path from 'node:path'
import contentDisposition from 'content-disposition'
import { DiskFileStore } from '#app/file-store/disk-file-store.server'
import { pdfBytes } from '#test/compliance/support/demo-data'
import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, signedIn, type TestClient } from '#test/support/client'
import { storedKeys } from '#test/support/file-store'

type TApiError = { error: { code: string; message: string; details?: { fields?: Record<string, string>; reason?: string } } }

let app: TRunningApp
let stls: TestClient
let stlsToken: string
let commissionerToken: string
let store: DiskFileStore
let agreementId: string

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

beforeAll(async () => {
  app = await startApp()
  store = new DiskFileStore(path.join(app.dataDir, 'files'))
  stls = await signedIn(app.baseUrl, 'provider@meadowbank.example')
  stlsToken = await createToken(stls)
  commissionerToken = await createToken(await signedIn(app.baseUrl, 'commissioner@kent.example'))
  const agreements = (await api(app.baseUrl, '/api/v1/agreements', stlsToken)).body as Array<{ id: string; reference: string }>
  agreementId = agreements.find((agreement) => agreement.reference === 'KCC-STLS-2026-001')?.id ?? ''
}, 240_000)

afterAll(async () => {
  await app?.stop()
})

async function obligation(term: string) {
  const { obligations } = (await api(app.baseUrl, `/api/v1/agreements/${agreementId}/obligations`, stlsToken)).body as { obligations: Array<{ id: string; title: string }> }
  const found = obligations.find((candidate) => candidate.title.includes(`Local Activity Report, ${term}`))
  if (!found) throw new Error(`No Local Activity Report for ${term}`)
  return found.id
}

/** A multipart body written by hand, as a client other than a browser may send it. */
function rawMultipart(parts: Array<{ disposition: string; body: Buffer | string }>) {
  const boundary = `----sla${Date.now()}`
  const chunks = parts.flatMap(({ disposition, body }) => [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n\r\n`), Buffer.from(body), Buffer.from('\r\n')])
  return { body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` }
}

describe('V12.3.1 and V12.5.1: a file name with quotes, semicolons or accents is data', () => {
  const names = ['report "final"; v2.pdf', 'Rapport d’activité – été; "draft".pdf']

  test.each(names)('%s: uploaded through the API and the page, never a 500, and downloaded under the same name per RFC 6266', async (name) => {
    const obligationId = await obligation(name.startsWith('report') ? 'Term 4 2026/27' : 'Term 5 2026/27')
    const bytes = await pdfBytes(name)
    const escaped = name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
    // Through the API, with the name as a quoted string and as RFC 5987 filename*.
    const { body, contentType } = rawMultipart([{ disposition: `name="file"; filename="${escaped}"; filename*=UTF-8''${encodeURIComponent(name)}`, body: bytes }])
    const created = await api(app.baseUrl, `/api/v1/obligations/${obligationId}/evidence`, stlsToken, { method: 'POST', body, headers: { 'Content-Type': contentType } })
    expect(created.status).toBe(201)
    const evidence = created.body as { id: string; name: string }
    expect(evidence.name).toBe(name)

    const download = await fetch(new URL(`/api/v1/evidence/${evidence.id}/download`, app.baseUrl), { headers: { Authorization: `Bearer ${commissionerToken}` } })
    expect(download.status).toBe(200)
    const disposition = download.headers.get('content-disposition') ?? ''
    expect(contentDisposition.parse(disposition)).toMatchObject({ type: 'attachment', parameters: { filename: name } })
    expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(sha256(bytes))

    // Through the page's form, with its CSRF token: a page, not a 500.
    const page = await stls.get(`/compliance/obligations/${obligationId}`)
    const csrf = /name="csrf" value="([^"]*)"/.exec(page.text)?.[1] ?? ''
    const form = rawMultipart([
      { disposition: 'name="csrf"', body: csrf },
      { disposition: 'name="description"', body: 'Term report' },
      { disposition: `name="file"; filename="${escaped}"`, body: await pdfBytes(`${name} again`) },
    ])
    const posted = await stls.request(`/compliance/obligations/${obligationId}`, { method: 'POST', body: form.body, headers: { 'Content-Type': form.contentType } })
    expect(posted.status).toBe(302)
  })

  test('a malformed multipart body or a body that is not multipart is a 400 naming the file field, never a 500', async () => {
    const obligationId = await obligation('Term 6 2026/27')
    const broken = await api(app.baseUrl, `/api/v1/obligations/${obligationId}/evidence`, stlsToken, { method: 'POST', body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } })
    expect(broken.status).toBe(400)
    expect((broken.body as TApiError).error.details?.fields).toHaveProperty('file')
    const json = await api(app.baseUrl, `/api/v1/obligations/${obligationId}/evidence`, stlsToken, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })
    expect(json.status).toBe(400)
    expect((json.body as TApiError).error.details?.fields).toEqual({ file: 'Send the upload as multipart/form-data, with the file in the "file" field' })
  })
})

describe('V12.1.1: at most 25 MB, and a refused upload keeps nothing', () => {
  test('25 MB and one byte is refused unread when Content-Length says so, and as it arrives when the body is chunked', async () => {
    const obligationId = await obligation('Term 6 2026/27')
    const before = await storedKeys(store)
    const big = Buffer.alloc(25 * 1024 * 1024 + 1, 0x41)
    const form = new FormData()
    form.set('file', new Blob([big]), 'big.csv')
    const declared = await api(app.baseUrl, `/api/v1/obligations/${obligationId}/evidence`, stlsToken, { method: 'POST', body: form })
    expect(declared.status).toBe(400)
    expect((declared.body as TApiError).error.details).toMatchObject({ reason: 'too_large', fields: { file: 'The file is larger than 25 MB' } })

    const { body, contentType } = rawMultipart([{ disposition: 'name="file"; filename="big.csv"', body: big }])
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < body.length; offset += 1024 * 1024) controller.enqueue(body.subarray(offset, offset + 1024 * 1024))
        controller.close()
      },
    })
    const streamed = await api(app.baseUrl, `/api/v1/obligations/${obligationId}/evidence`, stlsToken, { method: 'POST', body: chunked, headers: { 'Content-Type': contentType }, duplex: 'half' } as RequestInit)
    expect(streamed.status).toBe(400)
    expect((streamed.body as TApiError).error.details).toMatchObject({ reason: 'too_large' })
    expect(await storedKeys(store)).toEqual(before)
  })

  test('two file parts are refused whole: neither file is kept', async () => {
    const obligationId = await obligation('Term 6 2026/27')
    const before = await storedKeys(store)
    const { body, contentType } = rawMultipart([
      { disposition: 'name="file"; filename="one.pdf"', body: await pdfBytes('one') },
      { disposition: 'name="file"; filename="two.pdf"', body: await pdfBytes('two') },
    ])
    const two = await api(app.baseUrl, `/api/v1/obligations/${obligationId}/evidence`, stlsToken, { method: 'POST', body, headers: { 'Content-Type': contentType } })
    expect(two.status).toBe(400)
    expect((two.body as TApiError).error.details).toMatchObject({ reason: 'more_than_one_file' })
    expect(await storedKeys(store)).toEqual(before)
  })
})

describe('V12.5: every download is an attachment named per RFC 6266, never cached, never sniffed', () => {
  test.each([
    ['the agreement as PDF', () => `/agreements/${agreementId}/document.pdf`],
    ['the agreement as DOCX', () => `/agreements/${agreementId}/document.docx`],
    ['its deadlines as a calendar file', () => `/agreements/${agreementId}/timeline.ics`],
    ['the obligations as CSV', () => '/compliance/obligations.csv'],
    ['the KPI returns as CSV', () => '/compliance/kpis.csv'],
  ])('%s', async (_name, url) => {
    const response = await fetch(new URL(url(), app.baseUrl), { headers: { Cookie: stls.cookieHeader } })
    expect(response.status).toBe(200)
    expect(contentDisposition.parse(response.headers.get('content-disposition') ?? '').type).toBe('attachment')
    expect(response.headers.get('cache-control')).toContain('no-store')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
