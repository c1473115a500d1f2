import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, signedIn, TestClient } from '#test/support/client'

// OWASP ASVS 4.0 V3 (session management): a session ends when its password is reset, a role is
// taken away or the account is deactivated, on every device and for API tokens too; the cookie
// cannot be read by scripts or sent from another site.

const PASSWORD = 'harbour violin pepper lantern'
const NEW_PASSWORD = 'copper meadow whistle anchor'

let app: TRunningApp
let admin: TestClient
let kentId = ''
let kentPruId = ''

beforeAll(async () => {
  app = await startApp()
  admin = await signedIn(app.baseUrl, 'admin@kent.example')
  const token = await createToken(admin)
  const organisations = (await api(app.baseUrl, '/api/v1/organisations', token)).body as { id: string; name: string }[]
  kentId = organisations.find((organisation) => organisation.name === 'Kent County Council')?.id ?? ''
  kentPruId = organisations.find((organisation) => organisation.name.startsWith('North West Kent'))?.id ?? ''
}, 180_000)

afterAll(async () => {
  await app?.stop()
})

/** Adds a Kent commissioner through the admin form; their id from the people list. */
async function addPerson(name: string, email: string) {
  const created = await admin.submit('/admin/users/new', { name, email, organisation: kentId, role: 'commissioner', password: PASSWORD })
  expect(created.status).toBe(302)
  const users = await admin.get('/admin/users')
  const id = new RegExp(`href="/admin/users/([0-9a-f]{24})">Edit<span class="govuk-visually-hidden"> (?:<!-- -->)?${name}`).exec(users.text)?.[1]
  if (!id) throw new Error(`${name} is not on the people page`)
  return id
}

async function signIn(email: string, password = PASSWORD) {
  const client = new TestClient(app.baseUrl)
  expect((await client.signIn(email, password)).status).toBe(302)
  return client
}

async function expectSignedOut(client: TestClient) {
  const response = await client.get('/agreements')
  expect(response.status).toBe(302)
  expect(response.location).toMatch(/^\/sign-in/)
}

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, and is replaced at sign-in (no fixation)', async () => {
    const client = new TestClient(app.baseUrl)
    const page = await fetch(new URL('/sign-in', app.baseUrl))
    const before = page.headers.getSetCookie().find((cookie) => cookie.startsWith('__session='))
    const signIn = await client.signIn('commissioner@kent.example', 'sla-demo-2026')
    const after = signIn.headers.getSetCookie().find((cookie) => cookie.startsWith('__session='))
    expect(after).toMatch(/HttpOnly/i)
    expect(after).toMatch(/SameSite=Lax/i)
    expect(after?.split(';')[0]).not.toBe(before?.split(';')[0])
  })
})

describe('sessions end', () => {
  it('on a password reset: every open session of that person, and the old password', async () => {
    const id = await addPerson('Reset Person', 'reset.person@kent.example')
    const laptop = await signIn('reset.person@kent.example')
    const phone = await signIn('reset.person@kent.example')
    const reset = await admin.submit(`/admin/users/${id}/password`, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })
    expect(reset.status).toBe(302)
    await expectSignedOut(laptop)
    await expectSignedOut(phone)
    expect((await new TestClient(app.baseUrl).signIn('reset.person@kent.example', PASSWORD)).status).toBe(400)
    await signIn('reset.person@kent.example', NEW_PASSWORD)
    expect((await admin.get('/agreements')).status).toBe(200)
  })

  it('on removing a role, and not on adding one', async () => {
    const id = await addPerson('Role Person', 'role.person@kent.example')
    const client = await signIn('role.person@kent.example')
    const twoRoles = {
      name: 'Role Person',
      'memberships.0.organisation': kentId,
      'memberships.0.role': 'commissioner',
      'memberships.1.organisation': kentPruId,
      'memberships.1.role': 'provider',
    }
    expect((await admin.submit(`/admin/users/${id}`, twoRoles)).status).toBe(302)
    expect((await client.get('/agreements')).status).toBe(200)
    const oneRole = { name: 'Role Person', 'memberships.0.organisation': kentPruId, 'memberships.0.role': 'provider' }
    expect((await admin.submit(`/admin/users/${id}`, oneRole)).status).toBe(302)
    await expectSignedOut(client)
  })

  it('on deactivation: pages, API tokens and sign-in all stop, and reactivation lets the person back', async () => {
    const id = await addPerson('Leaving Person', 'leaving.person@kent.example')
    const client = await signIn('leaving.person@kent.example')
    const token = await createToken(client)
    expect((await api(app.baseUrl, '/api/v1/me', token)).status).toBe(200)
    const deactivated = await admin.submit(`/admin/users/${id}`, { intent: 'deactivate' })
    expect(deactivated.status).toBe(302)
    await expectSignedOut(client)
    expect((await api(app.baseUrl, '/api/v1/me', token)).status).toBe(401)
    const refused = await new TestClient(app.baseUrl).signIn('leaving.person@kent.example', PASSWORD)
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('This account has been deactivated')
    expect((await admin.submit(`/admin/users/${id}`, { intent: 'reactivate' })).status).toBe(302)
    await signIn('leaving.person@kent.example')
  })

  it('on deactivation through the API, which refuses an administrator deactivating themselves', async () => {
    const id = await addPerson('Api Leaver', 'api.leaver@kent.example')
    const client = await signIn('api.leaver@kent.example')
    const adminToken = await createToken(admin, 'Deactivation')
    const patch = (userId: string, body: unknown) =>
      api(app.baseUrl, `/api/v1/users/${userId}`, adminToken, { method: 'PATCH', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
    const answer = await patch(id, { active: false })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ id, active: false })
    await expectSignedOut(client)
    const me = (await api(app.baseUrl, '/api/v1/me', adminToken)).body as { id: string }
    const self = await patch(me.id, { active: false })
    expect(self.status).toBe(400)
    expect((self.body as { error: { message: string } }).error.message).toContain('cannot deactivate your own account')
  })

  it('for another authority’s person: an administrator cannot deactivate them', async () => {
    const southendAdmin = await signedIn(app.baseUrl, 'admin@southend.example')
    const token = await createToken(southendAdmin)
    const id = await addPerson('Kent Only', 'kent.only@kent.example')
    const client = await signIn('kent.only@kent.example')
    const answer = await api(app.baseUrl, `/api/v1/users/${id}`, token, { method: 'PATCH', body: JSON.stringify({ active: false }), headers: { 'Content-Type': 'application/json' } })
    expect([403, 404]).toContain(answer.status)
    expect((await client.get('/agreements')).status).toBe(200)
  })
})
