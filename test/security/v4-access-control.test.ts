import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, DEMO_PASSWORD, signedIn, TestClient } from '#test/support/client'
import { runSetup } from './support/install'

// OWASP ASVS 4.0 V4 (access control) with V5.1.5 (redirects): another authority's records cannot
// be reached by their id, a form needs this session's CSRF token, posted fields cannot set what
// the server decides, the platform administrator sees no authority's agreements, evidence or
// audit detail, and sign-in only ever redirects to a path of this site.

type TAgreementJson = { id: string; reference: string; status: string; parties: string[]; content: { sections: { clauses: { id: string }[] }[] } }
type TError = { error: { code: string } }

const PLATFORM_PASSWORD = 'harbour violin pepper lantern'

let app: TRunningApp
let kent: TestClient
let southend: TestClient
const tokens: Record<string, string> = {}
let kentAgreement: TAgreementJson

beforeAll(async () => {
  app = await startApp()
  kent = await signedIn(app.baseUrl, 'commissioner@kent.example')
  southend = await signedIn(app.baseUrl, 'commissioner@southend.example')
  tokens.kent = await createToken(kent)
  tokens.southend = await createToken(southend)
  const organisations = (await api(app.baseUrl, '/api/v1/organisations', tokens.kent)).body as { id: string; name: string }[]
  const kentPruId = organisations.find((organisation) => organisation.name.startsWith('North West Kent'))?.id ?? ''
  const created = await api(app.baseUrl, '/api/v1/agreements', tokens.kent, {
    method: 'POST',
    body: JSON.stringify({ template: 'kent-pru-sla', commencesOn: '2026-09-01', parties: [kentPruId] }),
    headers: { 'Content-Type': 'application/json' },
  })
  kentAgreement = created.body as TAgreementJson
}, 180_000)

afterAll(async () => {
  await app?.stop()
})

function sendJson(path: string, method: string, body: unknown, token: string) {
  return api(app.baseUrl, path, token, { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
}

describe('tenant isolation by direct id', () => {
  const pagePaths = () => [`/agreements/${kentAgreement.id}`, `/agreements/${kentAgreement.id}/parties`, `/agreements/${kentAgreement.id}/document.pdf`, `/agreements/${kentAgreement.id}/timeline`]

  it('answers another authority’s agreement pages with 404, showing nothing of it', async () => {
    for (const path of pagePaths()) {
      const response = await southend.get(path)
      expect(response.status, path).toBe(404)
      expect(response.text, path).not.toContain(kentAgreement.reference)
    }
  })

  it('answers another authority’s agreement in the API with 404, and changes nothing', async () => {
    const clauseId = kentAgreement.content.sections[0].clauses[0].id
    for (const path of [`/api/v1/agreements/${kentAgreement.id}`, `/api/v1/agreements/${kentAgreement.id}/timeline`, `/api/v1/agreements/${kentAgreement.id}/document.pdf`]) {
      const response = await api(app.baseUrl, path, tokens.southend)
      expect(response.status, path).toBe(404)
    }
    const patched = await sendJson(`/api/v1/agreements/${kentAgreement.id}/clauses/${encodeURIComponent(clauseId)}`, 'PATCH', { text: 'Southend was here' }, tokens.southend)
    expect(patched.status).toBe(404)
    const transition = await sendJson(`/api/v1/agreements/${kentAgreement.id}/transitions`, 'POST', { to: 'in_review' }, tokens.southend)
    expect(transition.status).toBe(404)
    const unchanged = (await api(app.baseUrl, `/api/v1/agreements/${kentAgreement.id}`, tokens.kent)).body as TAgreementJson
    expect(JSON.stringify(unchanged)).not.toContain('Southend was here')
    expect(unchanged.status).toBe(kentAgreement.status)
  })

  it('refuses a form post to another authority’s agreement', async () => {
    await southend.get('/agreements')
    const response = await southend.post(`/agreements/${kentAgreement.id}/parties`, { 'partyDetails.0.name': 'Southend Borough Council' })
    expect([403, 404]).toContain(response.status)
  })

  it('answers a malformed id with 404, not 500', async () => {
    for (const id of ['not-an-id', '%24ne', '{"$gt":""}', '0'.repeat(25)]) {
      expect((await southend.get(`/agreements/${id}`)).status, id).toBe(404)
      expect((await api(app.baseUrl, `/api/v1/agreements/${id}`, tokens.southend)).status, id).toBe(404)
    }
  })
})

describe('CSRF', () => {
  it('refuses a form with no token, or with another session’s token, and changes nothing', async () => {
    const path = `/agreements/${kentAgreement.id}/parties`
    await kent.get(path)
    const noToken = await kent.post(path, { 'partyDetails.0.name': 'Forged Party' }, { withCsrf: false })
    expect(noToken.status).toBe(403)
    await southend.get('/agreements')
    const otherToken = await kent.post(path, { csrf: southend.csrfToken, 'partyDetails.0.name': 'Forged Party' }, { withCsrf: false })
    expect(otherToken.status).toBe(403)
    const after = (await api(app.baseUrl, `/api/v1/agreements/${kentAgreement.id}`, tokens.kent)).body as { partyDetails: { name: string }[] }
    expect(after.partyDetails.map((party) => party.name)).not.toContain('Forged Party')
  })
})

describe('mass assignment', () => {
  it('does not let a new agreement’s body set its id, status or version, nor name another authority', async () => {
    const chosenId = '0123456789abcdef01234567'
    const created = await sendJson('/api/v1/agreements', 'POST', { template: 'kent-pru-sla', commencesOn: '2026-09-01', _id: chosenId, id: chosenId, status: 'active', version: 9 }, tokens.kent)
    expect(created.status).toBe(201)
    const agreement = created.body as TAgreementJson & { version: number }
    expect(agreement.id).not.toBe(chosenId)
    expect(agreement.status).toBe('draft')
    expect(agreement.version).toBe(1)
    expect((await api(app.baseUrl, `/api/v1/agreements/${chosenId}`, tokens.kent)).status).toBe(404)

    const organisations = (await api(app.baseUrl, '/api/v1/organisations', tokens.southend)).body as { id: string; kind: string }[]
    const southendId = organisations.find((organisation) => organisation.kind === 'local_authority')?.id ?? ''
    const before = ((await api(app.baseUrl, '/api/v1/agreements', tokens.southend)).body as unknown[]).length
    const elsewhere = await sendJson('/api/v1/agreements', 'POST', { template: 'kent-pru-sla', commencesOn: '2026-09-01', authority: southendId }, tokens.kent)
    expect(elsewhere.status).toBe(403)
    expect(((await api(app.baseUrl, '/api/v1/agreements', tokens.southend)).body as unknown[]).length).toBe(before)
  })

  it('does not let a person made by an administrator be made a platform administrator or given a password hash', async () => {
    const admin = await signedIn(app.baseUrl, 'admin@kent.example')
    const kentId = ((await api(app.baseUrl, '/api/v1/organisations', tokens.kent)).body as { id: string; name: string }[]).find((organisation) => organisation.name === 'Kent County Council')?.id ?? ''
    const created = await admin.submit('/admin/users/new', {
      name: 'Mass Assigned',
      email: 'mass.assigned@kent.example',
      organisation: kentId,
      role: 'commissioner',
      password: PLATFORM_PASSWORD,
      isPlatformAdmin: 'true',
      passwordHash: 'scrypt$forged',
      sessionGeneration: '-1',
    })
    expect(created.status).toBe(302)
    const person = new TestClient(app.baseUrl)
    expect((await person.signIn('mass.assigned@kent.example', PLATFORM_PASSWORD)).status).toBe(302)
    expect((await person.get('/platform/authorities')).status).toBe(403)
  })
})

describe('the platform administrator', () => {
  let platform: TestClient
  let platformToken: string

  beforeAll(async () => {
    const setup = await runSetup(app, ['--email', 'platform@ops.example', '--name', 'Platform Team', '--password'], `${PLATFORM_PASSWORD}\n${PLATFORM_PASSWORD}\n`)
    expect(setup.code, setup.output).toBe(0)
    platform = new TestClient(app.baseUrl)
    expect((await platform.signIn('platform@ops.example', PLATFORM_PASSWORD)).status).toBe(302)
    platformToken = await createToken(platform)
  }, 60_000)

  it('sees the list of authorities and their administrators', async () => {
    const page = await platform.get('/platform/authorities')
    expect(page.status).toBe(200)
    expect(page.text).toContain('Kent County Council')
    const list = await api(app.baseUrl, '/api/v1/authorities', platformToken)
    expect(list.status).toBe(200)
    expect(JSON.stringify(list.body)).toContain('admin@kent.example')
  })

  it('sees nothing of any authority’s agreements, evidence or people, and only the platform’s own audit events', async () => {
    for (const path of [`/agreements/${kentAgreement.id}`, `/agreements/${kentAgreement.id}/document.pdf`, '/admin/users']) {
      const response = await platform.get(path)
      expect([403, 404], path).toContain(response.status)
      expect(response.text, path).not.toContain(kentAgreement.reference)
    }
    const kentReferences = ((await api(app.baseUrl, '/api/v1/agreements', tokens.kent)).body as TAgreementJson[]).map((agreement) => agreement.reference)
    for (const path of ['/agreements', '/compliance', '/compliance/obligations.csv', '/compliance/kpis.csv']) {
      const response = await platform.get(path)
      expect(response.status, path).toBe(403)
      for (const reference of kentReferences) expect(response.text, path).not.toContain(reference)
    }
    const agreements = await api(app.baseUrl, '/api/v1/agreements', platformToken)
    expect(agreements.status).toBe(403)
    expect((agreements.body as TError).error.code).toBe('forbidden')
    expect((await api(app.baseUrl, `/api/v1/agreements/${kentAgreement.id}`, platformToken)).status).toBe(404)
    const auditPage = await platform.get('/audit')
    const auditApi = await api(app.baseUrl, '/api/v1/audit-events', platformToken)
    expect(auditApi.status).toBe(200)
    for (const text of [auditPage.text, JSON.stringify(auditApi.body)]) {
      expect(text).not.toContain(kentAgreement.reference)
      expect(text).not.toContain('commissioner@kent.example')
      expect(text).not.toContain('Clare Commissioner')
    }
  })

  it('is told on /agreements and /compliance what a platform administrator does, with a link to the authorities', async () => {
    for (const path of ['/agreements', '/compliance']) {
      const response = await platform.get(path)
      expect(response.status, path).toBe(403)
      expect(response.text, path).toContain('You add local authorities and their first administrators')
      expect(response.text, path).toMatch(/<a[^>]*href="\/platform\/authorities"[^>]*>Go to Authorities<\/a>/)
    }
    const home = await platform.get('/')
    expect(home.text).toContain('You are the platform administrator')
    expect(home.text).toMatch(/<a[^>]*href="\/platform\/authorities"[^>]*>add local authorities and their first administrators<\/a>/)
    expect(home.text).not.toContain('href="/admin/organisations"')
  })

  it('is the only one who may add an authority', async () => {
    const refused = await sendJson('/api/v1/authorities', 'POST', { name: 'Rogue Council', admin: { name: 'Rogue', email: 'rogue@rogue.example' } }, tokens.kent)
    expect(refused.status).toBe(403)
    expect((refused.body as TError).error.code).toBe('forbidden')
    expect((await kent.get('/platform/authorities')).status).toBe(403)
  })
})

describe('sign-in redirects', () => {
  const BYPASSES = ['//evil.example/', '/\\evil.example/', '\\/evil.example/', '/\t/evil.example', '/\n/evil.example', 'https://evil.example/', 'javascript:alert(1)', '/..//evil.example', '/%2e%2e//evil.example']

  it.each(BYPASSES)('sends %j home after sign-in, never to another site', async (redirectTo) => {
    const client = new TestClient(app.baseUrl)
    await client.get('/sign-in')
    const response = await client.post('/sign-in', { email: 'auditor@southend.example', password: DEMO_PASSWORD, redirectTo })
    expect(response.status).toBe(302)
    expect(response.location).toBe('/')
  })

  it('keeps a path of this site', async () => {
    const client = new TestClient(app.baseUrl)
    await client.get('/sign-in')
    const response = await client.post('/sign-in', { email: 'auditor@southend.example', password: DEMO_PASSWORD, redirectTo: '/agreements?status=draft' })
    expect(response.location).toBe('/agreements?status=draft')
  })
})
