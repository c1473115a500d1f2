import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, DEMO_PASSWORD, signedIn, TestClient } from '#test/support/client'

// Every role of the demo data against every page and API endpoint, on records of the user's own
// organisation or authority and on another authority's. Kent is "own"; Southend is "other".
const ROLES = {
  admin: 'admin@kent.example',
  commissioner: 'commissioner@kent.example',
  legal: 'legal@kent.example',
  auditor: 'auditor@kent.example',
  provider: 'provider@nwk-aps.example',
  member_school: 'school@ashfield-primary.example',
} as const
type TRoleName = keyof typeof ROLES
const ROLE_NAMES = Object.keys(ROLES) as TRoleName[]

const KENT = 'Kent County Council'
const KENT_PRU = 'North West Kent Alternative Provision Service Management Committee'
const KENT_STLS = 'Meadowbank Special School (STLS host)'
const SOUTHEND = 'Southend-on-Sea City Council'
const PARALLEL = 'Parallel Learning Trust'

let app: TRunningApp
const clients = {} as Record<TRoleName, TestClient>
const tokens = {} as Record<TRoleName, string>
const organisationIds = new Map<string, string>()
const userIds = new Map<string, string>()

type TOrganisationJson = { id: string; name: string }
type TMeJson = { id: string; email: string }

async function idOf(token: string) {
  return ((await api(app.baseUrl, '/api/v1/me', token)).body as TMeJson).id
}

beforeAll(async () => {
  app = await startApp()
  for (const role of ROLE_NAMES) {
    clients[role] = await signedIn(app.baseUrl, ROLES[role])
    tokens[role] = await createToken(clients[role])
  }
  const southendAdmin = await signedIn(app.baseUrl, 'admin@southend.example')
  const southendToken = await createToken(southendAdmin)
  for (const token of [tokens.admin, southendToken]) {
    const { body } = await api(app.baseUrl, '/api/v1/organisations', token)
    for (const organisation of body as TOrganisationJson[]) organisationIds.set(organisation.name, organisation.id)
  }
  userIds.set('commissioner@kent.example', await idOf(tokens.commissioner))
  const southendCommissioner = await signedIn(app.baseUrl, 'commissioner@southend.example')
  userIds.set('commissioner@southend.example', await idOf(await createToken(southendCommissioner)))
}, 180_000)

afterAll(async () => {
  await app?.stop()
})

const organisation = (name: string) => organisationIds.get(name) ?? `missing:${name}`
const user = (email: string) => userIds.get(email) ?? `missing:${email}`

// Expected status per role, worked out from the rules: admins manage their own authority; other
// authority staff read it; providers and schools see only themselves; other authorities' records are
// "not found" (404) so their ids reveal nothing; a readable record you may not change is 403.
const PAGE_MATRIX: { label: string; path: () => string; expected: Record<TRoleName, number> }[] = [
  { label: '/', path: () => '/', expected: { admin: 200, commissioner: 200, legal: 200, auditor: 200, provider: 200, member_school: 200 } },
  { label: '/tokens', path: () => '/tokens', expected: { admin: 200, commissioner: 200, legal: 200, auditor: 200, provider: 200, member_school: 200 } },
  { label: '/admin/organisations', path: () => '/admin/organisations', expected: { admin: 200, commissioner: 403, legal: 403, auditor: 403, provider: 403, member_school: 403 } },
  { label: '/admin/organisations/new', path: () => '/admin/organisations/new', expected: { admin: 200, commissioner: 403, legal: 403, auditor: 403, provider: 403, member_school: 403 } },
  {
    label: '/admin/organisations/<Kent PRU>', path: () => `/admin/organisations/${organisation(KENT_PRU)}`,
    expected: { admin: 200, commissioner: 403, legal: 403, auditor: 403, provider: 403, member_school: 404 },
  },
  {
    label: '/admin/organisations/<Kent County Council>', path: () => `/admin/organisations/${organisation(KENT)}`,
    expected: { admin: 200, commissioner: 403, legal: 403, auditor: 403, provider: 404, member_school: 404 },
  },
  {
    label: '/admin/organisations/<Parallel Learning Trust, Southend>', path: () => `/admin/organisations/${organisation(PARALLEL)}`,
    expected: { admin: 404, commissioner: 404, legal: 404, auditor: 404, provider: 404, member_school: 404 },
  },
  { label: '/admin/users', path: () => '/admin/users', expected: { admin: 200, commissioner: 403, legal: 403, auditor: 403, provider: 403, member_school: 403 } },
  { label: '/admin/users/new', path: () => '/admin/users/new', expected: { admin: 200, commissioner: 403, legal: 403, auditor: 403, provider: 403, member_school: 403 } },
  {
    label: '/admin/users/<Kent commissioner>', path: () => `/admin/users/${user('commissioner@kent.example')}`,
    expected: { admin: 200, commissioner: 403, legal: 404, auditor: 403, provider: 404, member_school: 404 },
  },
  {
    label: '/admin/users/<Kent commissioner>/password', path: () => `/admin/users/${user('commissioner@kent.example')}/password`,
    expected: { admin: 200, commissioner: 403, legal: 404, auditor: 403, provider: 404, member_school: 404 },
  },
  {
    label: '/admin/users/<Southend commissioner>', path: () => `/admin/users/${user('commissioner@southend.example')}`,
    expected: { admin: 404, commissioner: 404, legal: 404, auditor: 404, provider: 404, member_school: 404 },
  },
  {
    label: '/admin/users/<Southend commissioner>/password', path: () => `/admin/users/${user('commissioner@southend.example')}/password`,
    expected: { admin: 404, commissioner: 404, legal: 404, auditor: 404, provider: 404, member_school: 404 },
  },
]

describe('pages', () => {
  it('send a signed-out visitor to sign in, and come back afterwards', async () => {
    const anonymous = new TestClient(app.baseUrl)
    for (const path of ['/', '/admin/users', '/tokens']) {
      const response = await anonymous.get(path)
      expect(response.status).toBe(302)
      expect(response.location).toBe(`/sign-in?redirectTo=${encodeURIComponent(path)}`)
    }
  })

  for (const row of PAGE_MATRIX) {
    for (const role of ROLE_NAMES) {
      it(`${role} GET ${row.label} -> ${row.expected[role]}`, async () => {
        const response = await clients[role].get(row.path())
        expect(response.status).toBe(row.expected[role])
      })
    }
  }

  it('never list another authority’s organisations or people', async () => {
    const organisations = await clients.admin.get('/admin/organisations')
    expect(organisations.text).toContain(KENT_PRU)
    expect(organisations.text).not.toContain(PARALLEL)
    expect(organisations.text).not.toContain(SOUTHEND)
    const users = await clients.admin.get('/admin/users')
    expect(users.text).toContain('commissioner@kent.example')
    expect(users.text).not.toContain('southend.example')
    expect(users.text).not.toContain('leicestershire.example')
  })

  it('show the signed-in person’s organisation and role in the header', async () => {
    const home = await clients.commissioner.get('/')
    expect(home.text).toContain('SLA Register')
    expect(home.text).toMatch(/Commissioner, Kent County Council/)
  })
})

describe('form posts', () => {
  for (const role of ROLE_NAMES) {
    it(`${role} cannot add an organisation to another authority`, async () => {
      const response = await clients[role].submit('/admin/organisations/new', {
        name: `Cross-authority test by ${role}`,
        kind: 'provider',
        parentAuthority: organisation(SOUTHEND),
      })
      expect(response.status).toBe(403)
    })

    it(`${role} cannot reset the password of another authority's user`, async () => {
      const path = `/admin/users/${user('commissioner@southend.example')}/password`
      await clients[role].get('/')
      const response = await clients[role].post(path, { password: 'a-new-password-123', confirmPassword: 'a-new-password-123' })
      expect(response.status).toBe(404)
    })
  }

  for (const role of ['commissioner', 'legal', 'auditor', 'provider', 'member_school'] as const) {
    it(`${role} cannot add an organisation to their own authority`, async () => {
      const response = await clients[role].submit('/admin/organisations/new', {
        name: `Own-authority test by ${role}`,
        kind: 'provider',
        parentAuthority: organisation(KENT),
      })
      expect(response.status).toBe(403)
    })
  }

  it('changed nothing when refused', async () => {
    const { body } = await api(app.baseUrl, '/api/v1/organisations', tokens.admin)
    expect((body as TOrganisationJson[]).map((entry) => entry.name).sort()).toEqual([KENT, KENT_STLS, KENT_PRU].sort())
    const southend = new TestClient(app.baseUrl)
    expect((await southend.signIn('commissioner@southend.example', DEMO_PASSWORD)).status).toBe(302)
  })
})

describe('API', () => {
  const VISIBLE: Record<TRoleName, string[]> = {
    admin: [KENT, KENT_PRU, KENT_STLS],
    commissioner: [KENT, KENT_PRU, KENT_STLS],
    legal: [KENT, KENT_PRU, KENT_STLS],
    auditor: [KENT, KENT_PRU, KENT_STLS],
    provider: [KENT_PRU],
    member_school: ['Ashfield Primary School'],
  }

  for (const role of ROLE_NAMES) {
    it(`${role} GET /api/v1/me -> 200 with their own identity`, async () => {
      const { status, body } = await api(app.baseUrl, '/api/v1/me', tokens[role])
      expect(status).toBe(200)
      expect((body as TMeJson).email).toBe(ROLES[role])
    })

    it(`${role} GET /api/v1/organisations -> only what their role may read`, async () => {
      const { status, body } = await api(app.baseUrl, '/api/v1/organisations', tokens[role])
      expect(status).toBe(200)
      expect((body as TOrganisationJson[]).map((entry) => entry.name).sort()).toEqual([...VISIBLE[role]].sort())
    })

    it(`${role} POST /api/v1/organisations for another authority -> 403`, async () => {
      const { status, body } = await api(app.baseUrl, '/api/v1/organisations', tokens[role], {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: `API cross-authority by ${role}`, kind: 'provider', parentAuthority: organisation(SOUTHEND) }),
      })
      expect(status).toBe(403)
      expect(body).toEqual({
        error: {
          code: 'forbidden',
          message: 'You do not have permission to create Organisation',
          details: { permission: { action: 'create', subject: 'Organisation' } },
        },
      })
    })
  }

  it('refuses requests without a valid token with 401 JSON', async () => {
    const missing = await api(app.baseUrl, '/api/v1/me', null)
    expect(missing.status).toBe(401)
    expect(missing.body).toEqual({
      error: { code: 'unauthenticated', message: 'Send an API token in the Authorization header: "Authorization: Bearer <token>"' },
    })
    const wrong = await api(app.baseUrl, '/api/v1/organisations', 'sla_not-a-real-token')
    expect(wrong.status).toBe(401)
    expect(wrong.body).toEqual({ error: { code: 'unauthenticated', message: 'The API token is not valid or has been revoked' } })
  })

  it('answers unknown endpoints with 404 JSON', async () => {
    const { status, body } = await api(app.baseUrl, '/api/v1/nothing-here', tokens.admin)
    expect(status).toBe(404)
    expect(body).toEqual({ error: { code: 'not_found', message: 'No API endpoint GET /api/v1/nothing-here' } })
  })

  it.each([
    ['DELETE', '/api/v1/templates', ['GET', 'POST']],
    ['DELETE', '/api/v1/agreements', ['GET', 'POST']],
    ['GET', '/api/v1/agreements/000000000000000000000000/transitions', ['POST']],
    ['PUT', '/api/v1/agreements/000000000000000000000000/clauses/term', ['PATCH', 'DELETE']],
    ['GET', '/api/v1/verify', ['POST']],
  ])('answers %s %s, a method it does not take, with 405 JSON naming the methods it does', async (method, path, allowed) => {
    const response = await fetch(new URL(path, app.baseUrl), { method, headers: { Authorization: `Bearer ${tokens.admin}` } })
    expect(response.status).toBe(405)
    expect(response.headers.get('Allow')).toBe(allowed.join(', '))
    expect(await response.json()).toEqual({
      error: { code: 'method_not_allowed', message: `${path} does not take ${method}; use ${allowed.join(' or ')}`, details: { allowed } },
    })
  })
})
