import http from 'node:http'
import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, signedIn, type TestClient } from '#test/support/client'

// OWASP ASVS 4.0 V13 (API and web service) with V12.1 and V14.4 as they bear on it: every body is
// bounded while it arrives, every wrong content type, origin or malformed body is a 4xx in the
// API's error shape, and no answer is kept by a browser or a proxy.

type TError = { error: { code: string; message: string; details?: unknown } }

const ONE_MEGABYTE = 1024 * 1024

let app: TRunningApp
let admin: TestClient
let adminToken: string

beforeAll(async () => {
  app = await startApp({ env: { SECURITY_CONTACT: 'security@kent.example' } })
  admin = await signedIn(app.baseUrl, 'admin@kent.example')
  adminToken = await createToken(admin)
}, 180_000)

afterAll(async () => {
  await app?.stop()
})

function postOrganisation(body: BodyInit, contentType: string) {
  return api(app.baseUrl, '/api/v1/organisations', adminToken, { method: 'POST', body, headers: { 'Content-Type': contentType } })
}

/** A request that states a Content-Length and then sends nothing: the answer must not wait for the body. */
function declareBody(path: string, contentLength: number, contentType: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(path, app.baseUrl), { method: 'POST', headers: { 'Content-Length': String(contentLength), 'Content-Type': contentType } }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', reject)
    request.flushHeaders()
  })
}

/** A chunked body of up to `bytes` (JSON unless told), written until the server answers. The server
 * answers and closes as soon as the limit passes, so a write after that may fail: that is the
 * refusal, not an error, once the answer has come (fetch would report only the failed write). */
function streamWithoutLength(path: string, bytes: number, { contentType = 'application/json', chunk = Buffer.from(`"${'y'.repeat(64 * 1024)}",`) } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let answered = false
    const request = http.request(new URL(path, app.baseUrl), { method: 'POST', headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': contentType, 'Transfer-Encoding': 'chunked' } }, (response) => {
      answered = true
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      response.on('error', reject)
    })
    request.on('error', (error) => {
      if (!answered) reject(error)
    })
    let sent = 0
    const writeMore = () => {
      while (!answered && !request.destroyed && sent < bytes) {
        sent += chunk.byteLength
        if (!request.write(chunk)) return void request.once('drain', writeMore)
      }
      if (!answered && !request.destroyed) request.end()
    }
    writeMore()
  })
}

describe('request bodies are bounded as they arrive', () => {
  it('refuses a JSON body over 1 MB with 413 in the error shape', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(ONE_MEGABYTE + 10), kind: 'provider' })
    const { status, body: answer } = await postOrganisation(body, 'application/json')
    expect(status).toBe(413)
    expect((answer as TError).error.code).toBe('too_large')
    expect((answer as TError).error.message).toContain('1 MB')
  })

  it('refuses a streamed JSON body with no Content-Length once it passes 1 MB', async () => {
    const { status, body } = await streamWithoutLength('/api/v1/organisations', 4 * ONE_MEGABYTE)
    expect(status).toBe(413)
    expect((JSON.parse(body) as TError).error.code).toBe('too_large')
  })

  it('refuses a form over 1 MB with 413 on the error page, not 500', async () => {
    await admin.get('/admin/organisations/new')
    const response = await admin.post('/admin/organisations/new', { name: 'z'.repeat(ONE_MEGABYTE + 10), kind: 'provider' })
    expect(response.status).toBe(413)
    expect(response.text).toContain('1 MB')
  })

  it('refuses a verify PDF declared over 25 MB at its Content-Length, before reading it (API and page)', async () => {
    const apiAnswer = await declareBody('/api/v1/verify', 30 * ONE_MEGABYTE, 'application/pdf')
    expect(apiAnswer.status).toBe(413)
    expect((JSON.parse(apiAnswer.body) as TError).error.message).toContain('25 MB')
    const pageAnswer = await declareBody('/verify', 30 * ONE_MEGABYTE, 'multipart/form-data; boundary=x')
    expect(pageAnswer.status).toBe(413)
    expect(pageAnswer.body).toContain('25 MB')
  })

  it('refuses a verify PDF over 25 MB that says nothing of its length, counted as it arrives', async () => {
    const { status, body } = await streamWithoutLength('/api/v1/verify', 30 * ONE_MEGABYTE, { contentType: 'application/pdf', chunk: Buffer.alloc(ONE_MEGABYTE) })
    expect(status).toBe(413)
    expect((JSON.parse(body) as TError).error.code).toBe('too_large')
  })
})

describe('wrong content types, origins and malformed bodies are 4xx, never 500', () => {
  it('answers a form-encoded or text body to a JSON endpoint with 415', async () => {
    for (const contentType of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const { status, body } = await postOrganisation('name=Dover', contentType)
      expect(status, contentType).toBe(415)
      expect((body as TError).error.code).toBe('unsupported_media_type')
    }
  })

  it('answers malformed JSON and JSON that is not an object with 400', async () => {
    for (const text of ['{"name": ', '[]', 'null', '"text"', '{"name": "\\ud800"']) {
      const { status, body } = await postOrganisation(text, 'application/json')
      expect(status, text).toBe(400)
      expect((body as TError).error.code).toBe('validation')
    }
  })

  it('answers a JSON body to a form with 415 on the error page', async () => {
    await admin.get('/admin/organisations/new')
    const response = await admin.request('/admin/organisations/new', { method: 'POST', body: '{"name":"Dover"}', headers: { 'Content-Type': 'application/json' } })
    expect(response.status).toBe(415)
    expect(response.text).toContain('application/x-www-form-urlencoded')
  })

  it('answers a truncated multipart form with 400, not 500', async () => {
    await admin.get('/admin/organisations/new')
    const body = `--x\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${admin.csrfToken}\r\n--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nhalf`
    const response = await admin.request('/admin/organisations/new', { method: 'POST', body, headers: { 'Content-Type': 'multipart/form-data; boundary=x' } })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('refuses a form posted from another origin with 403, even with a valid CSRF token', async () => {
    await admin.get('/admin/organisations/new')
    const response = await admin.post('/admin/organisations/new', { name: 'Cross Site Academy', kind: 'provider' }, { headers: { Origin: 'https://evil.example' } })
    expect(response.status).toBe(403)
    expect(response.text).toContain('sent from another website')
    expect((await admin.get('/admin/organisations')).text).not.toContain('Cross Site Academy')
  })

  it('refuses an API change from another origin with 403 in the error shape', async () => {
    const response = await api(app.baseUrl, '/api/v1/organisations', adminToken, {
      method: 'POST',
      body: JSON.stringify({ name: 'Cross Origin School', kind: 'provider' }),
      headers: { 'Content-Type': 'application/json', Origin: 'null' },
    })
    expect(response.status).toBe(403)
    expect((response.body as TError).error.code).toBe('forbidden')
  })

  it('answers an unsupported method with 405 and an unknown endpoint with 404, both in the error shape', async () => {
    const method = await api(app.baseUrl, '/api/v1/verify', null)
    expect(method.status).toBe(405)
    expect((method.body as TError).error.code).toBeTruthy()
    const unknown = await api(app.baseUrl, '/api/v1/no-such-thing', adminToken)
    expect(unknown.status).toBe(404)
    expect((unknown.body as TError).error.code).toBe('not_found')
  })
})

describe('answers are not kept', () => {
  it('sends Cache-Control: no-store on API answers, errors included', async () => {
    for (const [path, token] of [
      ['/api/v1/me', adminToken],
      ['/api/v1/organisations', adminToken],
      ['/api/v1/me', null],
    ] as const) {
      const response = await fetch(new URL(path, app.baseUrl), { headers: token ? { Authorization: `Bearer ${token}` } : {} })
      expect(response.headers.get('cache-control'), path).toContain('no-store')
    }
  })

  it('sends Cache-Control: no-store on signed-in pages', async () => {
    for (const path of ['/', '/agreements', '/admin/users', '/tokens']) {
      const response = await admin.get(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('cache-control'), path).toContain('no-store')
    }
  })
})

describe('reporting a vulnerability (RFC 9116)', () => {
  it('serves /.well-known/security.txt with the configured contact, an expiry under a year ahead and its canonical address', async () => {
    const response = await fetch(new URL('/.well-known/security.txt', app.baseUrl))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    const text = await response.text()
    expect(text).toContain('Contact: mailto:security@kent.example\n')
    expect(text).toContain(`Canonical: ${app.baseUrl.replace(/\/$/, '')}/.well-known/security.txt`)
    const expires = new Date(/^Expires: (\S+)$/m.exec(text)?.[1] ?? '')
    const daysAhead = (expires.getTime() - Date.now()) / (24 * 60 * 60 * 1000)
    expect(daysAhead).toBeGreaterThan(30)
    expect(daysAhead).toBeLessThan(365)
  })
})
