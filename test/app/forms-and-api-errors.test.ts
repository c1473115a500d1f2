import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { createCookieSessionStorage } from '@remix-run/node'
import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, DEMO_PASSWORD, signedIn, TestClient } from '#test/support/client'

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')

let app: TRunningApp
let admin: TestClient
let adminToken: string
let kentId: string

type TOrganisationJson = { id: string; name: string }

async function kentOrganisationNames() {
  const { body } = await api(app.baseUrl, '/api/v1/organisations', adminToken)
  return (body as TOrganisationJson[]).map((organisation) => organisation.name).sort()
}

beforeAll(async () => {
  app = await startApp()
  admin = await signedIn(app.baseUrl, 'admin@kent.example')
  adminToken = await createToken(admin)
  const { body } = await api(app.baseUrl, '/api/v1/organisations', adminToken)
  kentId = (body as TOrganisationJson[]).find((organisation) => organisation.name === 'Kent County Council')?.id ?? ''
}, 180_000)

afterAll(async () => {
  await app?.stop()
})

describe('sign-in', () => {
  it('names each missing field next to it and in the error summary', async () => {
    const client = new TestClient(app.baseUrl)
    await client.get('/sign-in')
    const response = await client.post('/sign-in', { email: '', password: '' })
    expect(response.status).toBe(400)
    expect(response.text).toContain('govuk-error-summary')
    expect(response.text).toContain('<a href="#email">Enter your email address</a>')
    expect(response.text).toContain('<a href="#password">Enter your password</a>')
    expect(response.text).toContain('govuk-form-group govuk-form-group--error')
  })

  it('says the email or password is incorrect, keeps the email, and does not sign in', async () => {
    const client = new TestClient(app.baseUrl)
    await client.get('/sign-in')
    const response = await client.post('/sign-in', { email: 'commissioner@kent.example', password: 'not the password' })
    expect(response.status).toBe(400)
    expect(response.text).toContain('Email or password is incorrect')
    expect(response.text).toContain('value="commissioner@kent.example"')
    expect((await client.get('/')).status).toBe(302)
  })

  it('refuses a form without the CSRF token', async () => {
    const client = new TestClient(app.baseUrl)
    await client.get('/sign-in')
    const response = await client.post('/sign-in', { email: 'commissioner@kent.example', password: DEMO_PASSWORD }, { withCsrf: false })
    expect(response.status).toBe(403)
    expect(response.text).toContain('This form has expired')
    expect((await client.get('/')).status).toBe(302)
  })

  it('slows guessing: after 5 attempts at one email from one address the 6th waits a minute (429)', async () => {
    const client = new TestClient(app.baseUrl)
    await client.get('/sign-in')
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await client.post('/sign-in', { email: 'guess@nowhere.example', password: `guess ${attempt}` })).status).toBe(400)
    }
    const refused = await client.post('/sign-in', { email: 'guess@nowhere.example', password: 'guess 6' })
    expect(refused.status).toBe(429)
    expect(refused.text).toContain('Too many sign-in attempts. Try again in 1 minute.')
  })

  it('signs out for good: a copy of the cookie is refused, even for a page kept for it, and other sessions stay signed in', async () => {
    const client = await signedIn(app.baseUrl, 'commissioner@kent.example')
    const otherDevice = await signedIn(app.baseUrl, 'commissioner@kent.example')
    // The first visit generates the agreements' obligations (a write); the second is kept.
    await client.get('/compliance')
    await client.get('/compliance')
    expect((await client.get('/compliance')).headers.get('x-page-cache')).toBe('hit')
    const copied = client.cookieHeader
    const response = await client.post('/sign-out', {})
    expect(response.status).toBe(302)
    expect(response.location).toBe('/sign-in')
    expect((await client.get('/')).status).toBe(302)
    for (const path of ['/agreements', '/compliance']) {
      const replayed = await fetch(new URL(path, app.baseUrl), { headers: { cookie: copied }, redirect: 'manual' })
      expect([path, replayed.status, replayed.headers.get('location')]).toEqual([path, 302, `/sign-in?redirectTo=${encodeURIComponent(path)}`])
    }
    expect((await otherDevice.get('/agreements')).status).toBe(200)
  })

  it('refuses a copied session cookie 12 hours after its sign-in, whatever the browser keeps', async () => {
    const client = await signedIn(app.baseUrl, 'legal@kent.example')
    const secret = fs.readFileSync(path.join(app.dataDir, 'session-secret'), 'utf8').trim()
    const storage = createCookieSessionStorage({ cookie: { name: '__session', secrets: [secret] } })
    // The same signed session the browser holds, with only its sign-in time changed.
    const agreementsWith = async (signedInAt: number | undefined) => {
      const copy = await storage.getSession(client.cookieHeader)
      if (signedInAt === undefined) copy.unset('signedInAt')
      else copy.set('signedInAt', signedInAt)
      const cookie = (await storage.commitSession(copy)).split(';')[0]
      const response = await fetch(new URL('/agreements', app.baseUrl), { headers: { cookie }, redirect: 'manual' })
      return { status: response.status, location: response.headers.get('location') }
    }
    const hour = 60 * 60 * 1000
    expect(await agreementsWith(Date.now() - 11.9 * hour)).toEqual({ status: 200, location: null })
    expect(await agreementsWith(Date.now() - 12.1 * hour)).toEqual({ status: 302, location: '/sign-in?redirectTo=%2Fagreements' })
    expect(await agreementsWith(undefined)).toEqual({ status: 302, location: '/sign-in?redirectTo=%2Fagreements' })
  })
})

describe('organisation forms', () => {
  it('name each problem and add nothing', async () => {
    const before = await kentOrganisationNames()
    const response = await admin.submit('/admin/organisations/new', { name: '  ', kind: '', parentAuthority: kentId, 'address.email': 'not-an-email' })
    expect(response.status).toBe(400)
    expect(response.text).toContain('<a href="#name">Enter the organisation name</a>')
    expect(response.text).toContain('<a href="#kind">Select the kind of organisation</a>')
    expect(response.text).toContain('Enter an email address in the correct format, like notices@example.gov.uk')
    expect(await kentOrganisationNames()).toEqual(before)
  })

  it('title a refused page "Error: ", and confirm a save once, in a success banner on the page it lands on', async () => {
    const refused = await admin.submit('/admin/organisations/new', { name: '', kind: '', parentAuthority: kentId })
    expect(refused.text).toContain('<title>Error: Add an organisation - SLA Register</title>')
    expect((await admin.get('/admin/organisations/new')).text).toContain('<title>Add an organisation - SLA Register</title>')

    const created = await admin.submit('/admin/organisations/new', { name: 'Medway Tuition Centre', kind: 'provider', parentAuthority: kentId, 'address.lines': '2 High Street', 'address.town': 'Chatham' })
    expect(created.status).toBe(302)
    const landed = await admin.get(created.location ?? '')
    expect(landed.text).toContain('govuk-notification-banner--success')
    expect(landed.text).toContain('The organisation has been added')
    expect((await admin.get(created.location ?? '')).text).not.toContain('govuk-notification-banner--success')
  })

  it('add an organisation to the admin’s authority, then refuse a second with the same name (409)', async () => {
    const fields = { name: 'Swale Alternative Provision', kind: 'provider', parentAuthority: kentId, 'address.lines': '1 High Street', 'address.town': 'Sittingbourne' }
    const created = await admin.submit('/admin/organisations/new', fields)
    expect(created.status).toBe(302)
    expect(created.location).toBe('/admin/organisations')
    expect(await kentOrganisationNames()).toContain('Swale Alternative Provision')
    const duplicate = await admin.submit('/admin/organisations/new', fields)
    expect(duplicate.status).toBe(409)
    expect(duplicate.text).toContain('An organisation with this name already exists for this authority')
  })

  it('refuse a post without the CSRF token and add nothing', async () => {
    const before = await kentOrganisationNames()
    await admin.get('/admin/organisations/new')
    const response = await admin.post('/admin/organisations/new', { name: 'Forged Organisation', kind: 'provider', parentAuthority: kentId }, { withCsrf: false })
    expect(response.status).toBe(403)
    expect(await kentOrganisationNames()).toEqual(before)
  })
})

describe('user forms', () => {
  const kentPruId = async () => {
    const { body } = await api(app.baseUrl, '/api/v1/organisations', adminToken)
    return (body as TOrganisationJson[]).find((organisation) => organisation.name.startsWith('North West Kent'))?.id ?? ''
  }

  it('refuse a short password, a duplicate email and a role that does not fit the organisation', async () => {
    const short = await admin.submit('/admin/users/new', { name: 'Short Password', email: 'short@kent.example', organisation: kentId, role: 'commissioner', password: 'short' })
    expect(short.status).toBe(400)
    expect(short.text).toContain('Password must be 12 characters or more')

    // The authority's own name and a year, which zxcvbn alone scores as safe.
    const ownWords = await admin.submit('/admin/users/new', { name: 'Own Words', email: 'own-words@kent.example', organisation: kentId, role: 'commissioner', password: 'kentcountycouncil2026' })
    expect(ownWords.status).toBe(400)
    expect(ownWords.text).toContain('mostly words a guesser would try first for this service, your organisation or you')

    const duplicate = await admin.submit('/admin/users/new', { name: 'Someone Else', email: 'Commissioner@Kent.example', organisation: kentId, role: 'commissioner', password: 'a-long-enough-password' })
    expect(duplicate.status).toBe(409)
    expect(duplicate.text).toContain('A user with this email address already exists')

    const wrongRole = await admin.submit('/admin/users/new', { name: 'Wrong Role', email: 'wrong-role@kent.example', organisation: kentId, role: 'provider', password: 'a-long-enough-password' })
    expect(wrongRole.status).toBe(400)
    expect(wrongRole.text).toContain('Provider is not a role for local authority staff')
    expect((await new TestClient(app.baseUrl).signIn('wrong-role@kent.example', 'a-long-enough-password')).status).toBe(400)
  })

  it('create a person who can sign in with the initial password, then reset it', async () => {
    const created = await admin.submit('/admin/users/new', {
      name: 'Rita Referrals',
      email: 'rita@nwk-aps.example',
      organisation: await kentPruId(),
      role: 'provider',
      password: 'initial-password-1',
    })
    expect(created.status).toBe(302)
    const rita = new TestClient(app.baseUrl)
    expect((await rita.signIn('rita@nwk-aps.example', 'initial-password-1')).status).toBe(302)
    expect((await rita.get('/')).text).toContain('Provider, North West Kent Alternative Provision Service Management Committee')

    const users = await admin.get('/admin/users')
    const ritaId = /href="\/admin\/users\/([0-9a-f]{24})">Edit<span class="govuk-visually-hidden"> (?:<!-- -->)?Rita Referrals/.exec(users.text)?.[1]
    expect(ritaId).toMatch(/^[0-9a-f]{24}$/)

    const mismatch = await admin.submit(`/admin/users/${ritaId}/password`, { password: 'second-password-2', confirmPassword: 'different-password' })
    expect(mismatch.status).toBe(400)
    expect(mismatch.text).toContain('The passwords do not match')

    const reset = await admin.submit(`/admin/users/${ritaId}/password`, { password: 'second-password-2', confirmPassword: 'second-password-2' })
    expect(reset.status).toBe(302)
    expect((await new TestClient(app.baseUrl).signIn('rita@nwk-aps.example', 'initial-password-1')).status).toBe(400)
    expect((await new TestClient(app.baseUrl).signIn('rita@nwk-aps.example', 'second-password-2')).status).toBe(302)

    // Add an auditor role at the authority through the spare row, keeping the provider role.
    const edited = await admin.submit(`/admin/users/${ritaId}`, {
      name: 'Rita Referrals',
      'memberships.0.organisation': await kentPruId(),
      'memberships.0.role': 'provider',
      'memberships.1.organisation': kentId,
      'memberships.1.role': 'auditor',
    })
    expect(edited.status).toBe(302)
    const roles = await admin.get('/admin/users')
    expect(roles.text).toContain('Auditor, Kent County Council')
  })
})

describe('API errors', () => {
  const post = (body: string, token = adminToken) =>
    api(app.baseUrl, '/api/v1/organisations', token, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })

  it('answer a body that is not JSON with 400', async () => {
    const { status, body } = await post('{"name": ')
    expect(status).toBe(400)
    expect(body).toEqual({ error: { code: 'validation', message: 'The request body is not valid JSON' } })
  })

  it('name the bad fields by path and add nothing', async () => {
    const before = await kentOrganisationNames()
    const { status, body } = await post(JSON.stringify({ name: '', kind: 'castle', parentAuthority: kentId, address: { lines: 'one line' } }))
    expect(status).toBe(400)
    expect(body).toEqual({
      error: {
        code: 'validation',
        message: 'address.lines must be a list of strings',
        details: { fields: { 'address.lines': 'address.lines must be a list of strings' } },
      },
    })
    const second = await post(JSON.stringify({ name: '', kind: 'castle', parentAuthority: kentId }))
    expect(second.status).toBe(400)
    expect(second.body).toEqual({
      error: {
        code: 'validation',
        message: 'Enter the organisation name',
        details: { fields: { name: 'Enter the organisation name', kind: 'Select the kind of organisation' } },
      },
    })
    expect(await kentOrganisationNames()).toEqual(before)
  })

  it('create with 201, then answer a duplicate with 409 naming the field', async () => {
    const organisation = JSON.stringify({ name: 'Dover Tuition Centre', kind: 'provider', parentAuthority: kentId, address: { lines: ['Castle Street'], town: 'Dover' } })
    const created = await post(organisation)
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ name: 'Dover Tuition Centre', kind: 'provider', parentAuthority: kentId, address: { lines: ['Castle Street'], town: 'Dover' } })
    const duplicate = await post(organisation)
    expect(duplicate.status).toBe(409)
    expect(duplicate.body).toEqual({
      error: {
        code: 'conflict',
        message: 'An organisation with this name already exists for this authority',
        details: { fields: { name: 'An organisation with this name already exists for this authority' } },
      },
    })
  })
})

describe('API tokens', () => {
  it('stop working once revoked', async () => {
    const client = await signedIn(app.baseUrl, 'auditor@kent.example')
    const token = await createToken(client, 'To be revoked')
    expect((await api(app.baseUrl, '/api/v1/me', token)).status).toBe(200)
    const page = await client.get('/tokens')
    const tokenId = /name="tokenId" value="([0-9a-f]{24})"/.exec(page.text)?.[1] ?? ''
    // Someone else cannot revoke it: another person's token is "not found" to them.
    const otherPerson = await signedIn(app.baseUrl, 'commissioner@kent.example')
    await otherPerson.get('/tokens')
    expect((await otherPerson.post('/tokens', { intent: 'revoke', tokenId })).status).toBe(404)
    expect((await api(app.baseUrl, '/api/v1/me', token)).status).toBe(200)
    expect((await client.post('/tokens', { intent: 'revoke', tokenId })).status).toBe(200)
    expect((await client.get('/tokens')).text).toMatch(/Revoked on \d{1,2} [A-Z][a-z]+ \d{4}/)
    expect((await api(app.baseUrl, '/api/v1/me', token)).status).toBe(401)
  })

  it('can be issued by `npm run token` while the app is running on the same DATA_DIR', async () => {
    const { stdout } = await run(path.join(ROOT, 'node_modules/.bin/tsx'), ['app/cli/token.server.ts', '--email', 'legal@kent.example'], {
      cwd: ROOT,
      env: app.env,
    })
    const token = stdout.trim()
    expect(token).toMatch(/^sla_[A-Za-z0-9_-]{40}$/)
    const { status, body } = await api(app.baseUrl, '/api/v1/me', token)
    expect(status).toBe(200)
    expect(body).toMatchObject({ email: 'legal@kent.example' })
  })
})
