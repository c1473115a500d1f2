/**
 * A small HTTP client for the integration tests: keeps the session cookie like a browser, reads the
 * CSRF token from the last page, and never follows redirects so tests can assert them.
 */
export class TestClient {
  private cookies = new Map<string, string>()
  private csrf = ''

  constructor(readonly baseUrl: string) {}

  /** The Cookie header this client sends, for requests made without it (raw downloads, load tests). */
  get cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  async request(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers)
    if (this.cookies.size) headers.set('Cookie', this.cookieHeader)
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: 'manual' })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const [name, ...rest] = pair.split('=')
      const value = rest.join('=')
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) this.cookies.delete(name.trim())
      else this.cookies.set(name.trim(), value)
    }
    const text = await response.text()
    const token = /name="csrf" value="([^"]*)"/.exec(text)?.[1]
    if (token) this.csrf = token
    return { status: response.status, headers: response.headers, text, location: response.headers.get('location') }
  }

  get(path: string) {
    return this.request(path)
  }

  /** Posts a form as the browser would, with the CSRF token from the last page unless one is given. */
  async post(path: string, fields: Record<string, string>, { withCsrf = true, headers = {} }: { withCsrf?: boolean; headers?: Record<string, string> } = {}) {
    const body = new URLSearchParams(withCsrf ? { csrf: this.csrf, ...fields } : fields)
    return this.request(path, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    })
  }

  /** The CSRF token from the last page, for forms a test builds itself. */
  get csrfToken() {
    return this.csrf
  }

  /** Loads a page first (for its CSRF token), then posts the form to it. */
  async submit(path: string, fields: Record<string, string>) {
    await this.get(path)
    return this.post(path, fields)
  }

  async signIn(email: string, password: string) {
    await this.get('/sign-in')
    return this.post('/sign-in', { email, password, redirectTo: '/' })
  }
}

export const DEMO_PASSWORD = 'sla-demo-2026'

export async function signedIn(baseUrl: string, email: string) {
  const client = new TestClient(baseUrl)
  const response = await client.signIn(email, DEMO_PASSWORD)
  if (response.status !== 302) throw new Error(`Sign-in as ${email} failed with ${response.status}`)
  return client
}

/**
 * Posts an obligation page's evidence upload form as a browser without JavaScript would: multipart,
 * with the CSRF token from the page; or, `byScript`, as the page's script does for its progress bar,
 * asking for JSON.
 */
export async function uploadEvidence(client: TestClient, obligationId: string, filename: string, bytes: Uint8Array, description: string, byScript = false) {
  const page = await client.get(`/compliance/obligations/${obligationId}`)
  const csrf = /name="csrf" value="([^"]*)"/.exec(page.text)?.[1] ?? ''
  const form = new FormData()
  form.set('csrf', csrf)
  form.set('file', new Blob([new Uint8Array(bytes)]), filename)
  form.set('description', description)
  if (byScript) return client.request(`/compliance/obligations/${obligationId}/evidence`, { method: 'POST', body: form, headers: { Accept: 'application/json' } })
  return client.request(`/compliance/obligations/${obligationId}`, { method: 'POST', body: form })
}

/** Creates an API token through the tokens page and returns it (it is shown once, on that page). */
export async function createToken(client: TestClient, name = 'Integration test') {
  const response = await client.submit('/tokens', { intent: 'create', name })
  const token = /class="app-token">([^<]+)</.exec(response.text)?.[1]
  if (!token) throw new Error(`No token on the tokens page (status ${response.status})`)
  return token
}

export async function api(baseUrl: string, path: string, token: string | null, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  if (token) headers.set('Authorization', `Bearer ${token}`)
  const response = await fetch(new URL(path, baseUrl), { ...init, headers })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null }
}

export type TDraftWithProposals = { id: string; content: { sections: { clauses: { id: string; proposals?: string[] }[] }[] } }

/** Confirms every value the template proposes (Kent PRU's attendance report "by the 10th"), as a
 * drafter must before legal review or signature (decision record 006). */
export async function confirmProposals(baseUrl: string, token: string, agreement: TDraftWithProposals) {
  for (const clause of agreement.content.sections.flatMap((section) => section.clauses)) {
    if (!clause.proposals?.length) continue
    const url = `/api/v1/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`
    const confirmed = await api(baseUrl, url, token, { method: 'PATCH', body: JSON.stringify({ confirmProposals: clause.proposals }), headers: { 'Content-Type': 'application/json' } })
    if (confirmed.status !== 200) throw new Error(`Confirming the proposals of ${clause.id} answered ${confirmed.status}`)
  }
}

/** A Kent PRU SLA for the provider, drafted through the API by a commissioner, its proposals
 * confirmed and sent to legal review: the start of every test that needs one further on. */
export async function kentPruInLegalReview(baseUrl: string, commissionerToken: string, providerId: string | undefined): Promise<{ id: string }> {
  const post = (path: string, body: unknown) => api(baseUrl, path, commissionerToken, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
  const created = await post('/api/v1/agreements', { template: 'kent-pru-sla', commencesOn: '2026-09-01', parties: [providerId] })
  if (created.status !== 201) throw new Error(`Drafting a Kent PRU SLA answered ${created.status}`)
  const draft = created.body as TDraftWithProposals
  await confirmProposals(baseUrl, commissionerToken, draft)
  const sent = await post(`/api/v1/agreements/${draft.id}/transitions`, { to: 'in_legal_review' })
  if (sent.status !== 200) throw new Error(`Sending ${draft.id} to legal review answered ${sent.status}`)
  return { id: draft.id }
}
