import { type Browser } from 'playwright-core'
import { startApp, type TRunningApp } from '#test/support/app'
import { launchChromium, newPage } from '#test/support/browser'
import { api, createToken, signedIn, TestClient } from '#test/support/client'

// OWASP ASVS 4.0 V5 (validation, sanitisation and encoding): every number and repeated row has a
// maximum checked after the permission check and before any work, clause wording has a length
// limit named in its message, operators cannot be smuggled into database queries, and hostile text
// is shown as text in a real browser.

type TClause = { id: string; kind: string; text?: string }
type TAgreementJson = { id: string; reference: string; content: { sections: { clauses: TClause[] }[] }; partyDetails: { name: string }[] }
type TError = { error: { code: string; message: string; details?: { fields?: Record<string, string> } } }

const XSS_PAYLOADS = [
  '<img src=x onerror="window.__xss = 1">',
  '"><script>window.__xss = 2</script>',
  "</title><svg onload='window.__xss = 3'>",
  'javascript:window.__xss = 4',
]

let app: TRunningApp
let commissioner: TestClient
let provider: TestClient
let commissionerToken: string
let kentPruId = ''
let kentId = ''

beforeAll(async () => {
  app = await startApp()
  commissioner = await signedIn(app.baseUrl, 'commissioner@kent.example')
  provider = await signedIn(app.baseUrl, 'provider@nwk-aps.example')
  commissionerToken = await createToken(commissioner)
  const organisations = (await api(app.baseUrl, '/api/v1/organisations', commissionerToken)).body as { id: string; name: string }[]
  kentPruId = organisations.find((organisation) => organisation.name.startsWith('North West Kent'))?.id ?? ''
  kentId = organisations.find((organisation) => organisation.name === 'Kent County Council')?.id ?? ''
}, 180_000)

afterAll(async () => {
  await app?.stop()
})

function sendJson(path: string, method: string, body: unknown, token = commissionerToken) {
  return api(app.baseUrl, path, token, { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
}

async function draftKentPru() {
  const response = await sendJson('/api/v1/agreements', 'POST', { template: 'kent-pru-sla', commencesOn: '2026-09-01', parties: [kentPruId] })
  expect(response.status).toBe(201)
  return response.body as TAgreementJson
}

function firstClause(agreement: TAgreementJson) {
  const clause = agreement.content.sections.flatMap((section) => section.clauses).find((candidate) => candidate.kind === 'text' || typeof candidate.text === 'string')
  return clause ?? agreement.content.sections[0].clauses[0]
}

describe('repeated rows and numbers are bounded before any work', () => {
  it('refuses a parties post from someone who may not edit, at once, whatever count it states', async () => {
    const agreement = await draftKentPru()
    await provider.get('/agreements')
    const started = Date.now()
    const response = await provider.post(`/agreements/${agreement.id}/parties`, { count: '10000000', 'partyDetails.0.name': 'Hijack' })
    expect([403, 404]).toContain(response.status)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('ignores a posted count of 10,000,000 or 2^32: the rows are the fields posted', async () => {
    const agreement = await draftKentPru()
    const path = `/agreements/${agreement.id}/parties`
    await commissioner.get(path)
    for (const count of ['10000000', String(2 ** 32), '-1', 'NaN']) {
      const started = Date.now()
      const response = await commissioner.post(path, { count, 'partyDetails.0.name': 'Kent County Council', 'partyDetails.1.name': 'North West Kent APS Management Committee' })
      expect(response.status, count).toBeLessThan(500)
      expect(Date.now() - started, count).toBeLessThan(3000)
      await commissioner.get(path)
    }
  })

  it('refuses more than 200 rows, naming the field, and saves nothing', async () => {
    const agreement = await draftKentPru()
    const path = `/agreements/${agreement.id}/parties`
    await commissioner.get(path)
    const rows = Object.fromEntries(Array.from({ length: 201 }, (_, index) => [`partyDetails.${index}.name`, `Party ${index}`]))
    const response = await commissioner.post(path, rows)
    expect(response.status).toBe(400)
    expect(response.text).toContain('A form can hold at most 200 rows of partyDetails')
    const saved = (await api(app.baseUrl, `/api/v1/agreements/${agreement.id}`, commissionerToken)).body as TAgreementJson
    expect(saved.partyDetails.map((party) => party.name)).toEqual(agreement.partyDetails.map((party) => party.name))
  })

  it('answers page numbers past the last page, huge or not numbers without a server error', async () => {
    for (const page of ['99999999', '1e300', '-5', String(2 ** 53), 'abc']) {
      const response = await commissioner.get(`/agreements?page=${page}`)
      expect(response.status, page).toBe(200)
    }
  })
})

describe('clause wording', () => {
  it('is at most 20,000 characters, named in the message, through the API and the form', async () => {
    const agreement = await draftKentPru()
    const clause = firstClause(agreement)
    const clausePath = `/api/v1/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`
    const tooLong = await sendJson(clausePath, 'PATCH', { text: 'a'.repeat(20_001) })
    expect(tooLong.status).toBe(400)
    expect((tooLong.body as TError).error.details?.fields?.text).toContain('20,000 characters or fewer')

    const pagePath = `/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`
    await commissioner.get(pagePath)
    const form = await commissioner.post(pagePath, { text: 'b'.repeat(20_001) })
    expect(form.status).toBe(400)
    expect(form.text).toContain('20,000 characters or fewer')
  })

  it('renders a 20,000-character paragraph with no spaces into the PDF', async () => {
    const agreement = await draftKentPru()
    const clause = firstClause(agreement)
    const saved = await sendJson(`/api/v1/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`, 'PATCH', { text: 'x'.repeat(20_000) })
    expect(saved.status).toBe(200)
    const pdf = await fetch(new URL(`/api/v1/agreements/${agreement.id}/document.pdf`, app.baseUrl), { headers: { Authorization: `Bearer ${commissionerToken}` } })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toContain('application/pdf')
  })
})

describe('NoSQL operator injection', () => {
  it('refuses operators where a value belongs in a JSON body', async () => {
    const answer = await sendJson('/api/v1/organisations', 'POST', { name: { $ne: null }, kind: { $gt: '' } })
    expect(answer.status).toBe(400)
    expect((answer.body as TError).error.code).toBe('validation')
  })

  it('treats operators in query strings as plain text', async () => {
    const all = (await api(app.baseUrl, '/api/v1/agreements', commissionerToken)).body as unknown[]
    for (const query of ['status[$ne]=x', 'status=%7B%22%24ne%22%3Anull%7D', 'template[$regex]=.*']) {
      const answer = await api(app.baseUrl, `/api/v1/agreements?${query}`, commissionerToken)
      expect(answer.status, query).toBeLessThan(500)
      if (answer.status === 200) expect((answer.body as unknown[]).length, query).toBeLessThanOrEqual(all.length)
    }
  })

  it('does not sign in with an operator for a password or email', async () => {
    const client = new TestClient(app.baseUrl)
    await client.get('/sign-in')
    const body = `csrf=${encodeURIComponent(client.csrfToken)}&email[$ne]=x&password[$ne]=x&email=commissioner%40kent.example`
    const response = await client.request('/sign-in', { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(response.status).toBe(400)
    expect((await client.get('/agreements')).status).toBe(302)
  })
})

describe('hostile text in a real browser', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('shows organisation names and clause wording full of markup as text, running none of it', async () => {
    const agreement = await draftKentPru()
    const clause = firstClause(agreement)
    const wording = XSS_PAYLOADS.join(' ')
    expect((await sendJson(`/api/v1/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`, 'PATCH', { text: wording })).status).toBe(200)
    const adminClient = await signedIn(app.baseUrl, 'admin@kent.example')
    const adminToken = await createToken(adminClient)
    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      const created = await sendJson('/api/v1/organisations', 'POST', { name: `School ${index} ${payload}`, kind: 'provider', parentAuthority: kentId }, adminToken)
      expect(created.status).toBe(201)
    }

    const [name, ...value] = adminClient.cookieHeader.split(';')[0].split('=')
    const page = await newPage(browser, { withAppScripts: true })
    await page.context().addCookies([{ name, value: value.join('='), url: app.baseUrl }])
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    for (const path of ['/admin/organisations', `/agreements/${agreement.id}`]) {
      await page.goto(new URL(path, app.baseUrl).toString())
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss), path).toBeUndefined()
    }
    await page.goto(new URL('/admin/organisations', app.baseUrl).toString())
    const text = await page.locator('main').innerText()
    for (const payload of XSS_PAYLOADS) expect(text).toContain(payload)
    expect(dialogs).toEqual([])
    await page.context().close()
  })
})
