import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, DEMO_PASSWORD, TestClient } from '#test/support/client'
import { runSetup, signInLinkPath, withAppDatabase } from './support/install'

// OWASP ASVS 4.0 V2 (authentication) with V14.2's production defaults: a production start has no
// demo doors, its first accounts come from `npm run setup` with a one-time link (expiring, single
// use, hashed at rest), passwords follow the NCSC policy and each has its own salt, and sign-in
// guessing is slowed atomically, per account and per address, without locking the owner out.

const GOOD_PASSWORD = 'harbour violin pepper lantern'
const SESSION_SECRET = 'a-session-secret-for-the-production-test'

type TStoredUser = { email: string; passwordHash: string }

describe('a production start', () => {
  it('refuses without SESSION_SECRET, APP_ORIGIN or a seal key, naming each', async () => {
    const start = startApp({ env: { NODE_ENV: 'production', SESSION_SECRET: undefined, APP_ORIGIN: undefined, SEAL_P12_PATH: undefined, SEAL_P12_BASE64: undefined, SEAL_DEMO: undefined } })
    await expect(start).rejects.toThrow(/SESSION_SECRET: required[\s\S]*APP_ORIGIN: required[\s\S]*SEAL_P12_PATH or SEAL_P12_BASE64: required[\s\S]*SEAL_DEMO=1/)
  }, 120_000)

  describe('with its settings', () => {
    let app: TRunningApp

    beforeAll(async () => {
      app = await startApp({ env: { NODE_ENV: 'production', SESSION_SECRET, SEAL_DEMO: '1' } })
    }, 180_000)

    afterAll(async () => {
      await app?.stop()
    })

    it('adds no demo data and shows no demo banner: the demo accounts do not exist', async () => {
      const client = new TestClient(app.baseUrl)
      const page = await client.get('/sign-in')
      expect(page.text).not.toContain('app-demo-banner')
      expect((await client.signIn('admin@kent.example', DEMO_PASSWORD)).status).toBe(400)
      expect(await withAppDatabase(app, (mongo) => mongo.db().collection('users').countDocuments())).toBe(0)
    })

    it('creates the platform administrator with a one-time link stored only as a hash, refusing the demo and guessable passwords', async () => {
      const setup = await runSetup(app, ['--email', 'platform@ops.example', '--name', 'Platform Team'])
      expect(setup.code, setup.output).toBe(0)
      expect(setup.output).toContain(`${app.baseUrl}/sign-in/link/`)
      const linkPath = signInLinkPath(setup.output)
      const token = linkPath.split('/').pop() ?? ''
      const stored = await withAppDatabase(app, (mongo) => mongo.db().collection('signinlinks').find().toArray())
      expect(stored).toHaveLength(1)
      expect(JSON.stringify(stored)).not.toContain(token)

      const client = new TestClient(app.baseUrl)
      const page = await client.get(linkPath)
      expect(page.status).toBe(200)
      expect(page.text).toMatch(/Choose your password, (<!-- -->)?Platform Team/)
      for (const [password, message] of [
        [DEMO_PASSWORD, 'This is the demo password'],
        ['short', 'Password must be 12 characters or more'],
        ['Password1234!', 'This password is too easy to guess'],
        ['qwertyuiop123', 'This password is too easy to guess'],
        ['platform@ops.example', 'This password is too easy to guess'],
      ]) {
        const refused = await client.post(linkPath, { password, confirmPassword: password })
        expect(refused.status, password).toBe(400)
        expect(refused.text, password).toContain(message)
        await client.get(linkPath)
      }
      const chosen = await client.post(linkPath, { password: GOOD_PASSWORD, confirmPassword: GOOD_PASSWORD })
      expect(chosen.status).toBe(302)
      expect(chosen.location).toBe('/platform/authorities')

      const again = await new TestClient(app.baseUrl).get(linkPath)
      expect(again.status).toBe(404)
      expect((await new TestClient(app.baseUrl).signIn('platform@ops.example', GOOD_PASSWORD)).status).toBe(302)
    }, 120_000)

    it('lets the platform administrator add an authority with a one-time link, in the browser and through the API', async () => {
      const platform = new TestClient(app.baseUrl)
      expect((await platform.signIn('platform@ops.example', GOOD_PASSWORD)).status).toBe(302)
      const added = await platform.submit('/platform/authorities/new', { name: 'Medway Council', 'admin.name': 'Mo Admin', 'admin.email': 'admin@medway.example' })
      expect(added.status).toBe(200)
      expect(added.text).toContain('Medway Council added')
      const medwayLink = signInLinkPath(added.text)
      const medwayAdmin = new TestClient(app.baseUrl)
      await medwayAdmin.get(medwayLink)
      expect((await medwayAdmin.post(medwayLink, { password: GOOD_PASSWORD, confirmPassword: GOOD_PASSWORD })).status).toBe(302)
      expect((await medwayAdmin.get('/admin/users')).text).toContain('Mo Admin')

      const token = await createToken(platform)
      const created = await api(app.baseUrl, '/api/v1/authorities', token, {
        method: 'POST',
        body: JSON.stringify({ name: 'Bexley Council', admin: { name: 'Bo Admin', email: 'admin@bexley.example' } }),
        headers: { 'Content-Type': 'application/json' },
      })
      expect(created.status).toBe(201)
      expect(created.body).toMatchObject({ authority: { name: 'Bexley Council' }, admin: { email: 'admin@bexley.example' }, signInLink: { url: expect.stringContaining(`${app.baseUrl}/sign-in/link/`) } })
      const list = await api(app.baseUrl, '/api/v1/authorities', token)
      expect(JSON.stringify(list.body)).toContain('Medway Council')
      expect(JSON.stringify(list.body)).toContain('Bexley Council')

      const missing = await api(app.baseUrl, '/api/v1/authorities', token, { method: 'POST', body: JSON.stringify({ name: '' }), headers: { 'Content-Type': 'application/json' } })
      expect(missing.status).toBe(400)
    })

    it('creates an authority and its first administrator with a password typed at the prompt, each password with its own salt', async () => {
      const typed = [DEMO_PASSWORD, 'password1234', GOOD_PASSWORD, GOOD_PASSWORD].join('\n') + '\n'
      const setup = await runSetup(app, ['--authority', 'Swale Borough', '--email', 'admin@swale.example', '--name', 'Sam Admin', '--password'], typed)
      expect(setup.code, setup.output).toBe(0)
      expect(setup.output).toContain('This is the demo password')
      expect(setup.output).toContain('too easy to guess')
      expect((await new TestClient(app.baseUrl).signIn('admin@swale.example', GOOD_PASSWORD)).status).toBe(302)

      // Three people chose the same password above: three different hashes.
      const users = await withAppDatabase(app, (mongo) => mongo.db().collection<TStoredUser>('users').find({}, { projection: { email: 1, passwordHash: 1 } }).toArray())
      const hashes = users.filter((user) => user.passwordHash).map((user) => user.passwordHash)
      expect(hashes.length).toBeGreaterThanOrEqual(3)
      expect(new Set(hashes).size).toBe(hashes.length)
    }, 120_000)
  })
})

describe('sign-in throttling', () => {
  let app: TRunningApp

  beforeAll(async () => {
    // One proxy in front, so each test "address" is the X-Forwarded-For it sends.
    app = await startApp({ env: { TRUST_PROXY: '1' } })
  }, 180_000)

  afterAll(async () => {
    await app?.stop()
  })

  async function guess(email: string, password: string, address: string) {
    const client = new TestClient(app.baseUrl)
    await client.request('/sign-in', { headers: { 'X-Forwarded-For': address } })
    return client.post('/sign-in', { email, password, redirectTo: '/' }, { headers: { 'X-Forwarded-For': address } })
  }

  it('shows the demo banner on every page of a demo install', async () => {
    const client = new TestClient(app.baseUrl)
    expect((await client.get('/sign-in')).text).toContain('app-demo-banner')
    expect((await client.get('/verify')).text).toContain('app-demo-banner')
  })

  it('counts 20 parallel wrong guesses before checking any: 5 are checked, 15 refused and audited', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => guess('legal@kent.example', `wrong guess ${index}`, '203.0.113.7')))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 400)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(15)
    expect(answers.find((answer) => answer.status === 429)?.text).toContain('Too many sign-in attempts. Try again in 1 minute.')
    const audited = await withAppDatabase(app, (mongo) => mongo.db().collection('auditevents').countDocuments({ action: 'session.sign_in_throttled', summary: { $regex: 'legal@kent.example' } }))
    expect(audited).toBe(15)
  })

  it('does not lock the owner out: the right password from their own address still signs in', async () => {
    const owner = await guess('legal@kent.example', DEMO_PASSWORD, '198.51.100.20')
    expect(owner.status).toBe(302)
  })

  it('slows guessing spread over many addresses to short waits, never a lock', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, index) => guess('auditor@kent.example', `spread guess ${index}`, `192.0.2.${index + 1}`)))
    const refused = answers.filter((answer) => answer.status === 429)
    expect(answers.filter((answer) => answer.status === 400).length).toBeLessThanOrEqual(21)
    expect(refused.length).toBeGreaterThanOrEqual(9)
    for (const answer of refused) expect(answer.text).toMatch(/Try again in (\d+ seconds?|1 minute)\./)
  })
})
