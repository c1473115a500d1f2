// The legal review a solicitor can rely on, through the API against the running app: findings for
// missing clauses, the review of an agreement in force (read-only), and a second review that shows
// what changed since the first and each earlier comment with its resolution.
import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, signedIn } from '#test/support/client'

type TComment = { id: string; clauseId: string | null; text: string; earlier: boolean; state: string; resolution: { by: string; note: string } | null; acceptance: { by: string } | null }
type TReview = {
  agreement: { id: string; status: string }
  inReview: boolean
  findings: { code: string; title: string }[]
  datesNotWorkedOut: { label: string; reason: string }[]
  changesSinceLastReview: { decision: string; clauses: { clauseId: string; change: string; words: { value: string; added?: boolean; removed?: boolean }[] }[] } | null
  clauses: { id: string; name: string }[]
  comments: TComment[]
  can: { comment: boolean; decide: boolean; resolve: boolean; accept: boolean }
}
type TAgreementJson = { id: string; reference: string; version: number; content: { sections: { clauses: { id: string; kind: string; heading: string }[] }[] } }

const KENT_PRU = 'North West Kent Alternative Provision Service Management Committee'

let app: TRunningApp
const tokens: Record<string, string> = {}

beforeAll(async () => {
  app = await startApp()
  for (const email of ['commissioner@kent.example', 'legal@kent.example', 'admin@kent.example', 'legal@southend.example', 'provider@meadowbank.example']) {
    tokens[email] = await createToken(await signedIn(app.baseUrl, email))
  }
}, 240_000)

afterAll(async () => {
  await app?.stop()
})

function send(token: string, path: string, method: string, body: unknown = {}) {
  return api(app.baseUrl, path, token, { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
}

async function review(agreementId: string, token = tokens['legal@kent.example']) {
  const response = await api(app.baseUrl, `/api/v1/agreements/${agreementId}/review`, token)
  expect(response.status).toBe(200)
  return response.body as TReview
}

async function demoAgreement(reference: string) {
  const list = (await api(app.baseUrl, '/api/v1/agreements', tokens['commissioner@kent.example'])).body as TAgreementJson[]
  const found = list.find((agreement) => agreement.reference === reference && agreement.version === 1)
  if (!found) throw new Error(`The demo data has no ${reference}`)
  return found
}

describe('the review of an agreement in force', () => {
  test('legal opens the active Kent STLS agreement read-only, and it lists the missing dispute clause as a finding', async () => {
    const stls = await demoAgreement('KCC-STLS-2026-001')
    const stlsReview = await review(stls.id)
    expect(stlsReview.inReview).toBe(false)
    expect(stlsReview.findings.map((finding) => finding.code)).toEqual(['no_dispute_clause'])
    expect(stlsReview.findings[0].title).toBe('There is no dispute resolution clause')
    expect(stlsReview.can).toEqual({ comment: false, decide: false, resolve: false, accept: false })
    expect(stlsReview.clauses.map((clause) => clause.name)).toEqual(expect.arrayContaining(['14', '16.1']))
    const comment = await send(tokens['legal@kent.example'], `/api/v1/agreements/${stls.id}/review/comments`, 'POST', { clauseId: stlsReview.clauses[0].id, text: 'Too late to comment' })
    expect(comment.status).toBe(403)
  })

  test('the provider party to it, and another authority’s legal, cannot see the authority’s review', async () => {
    const stls = await demoAgreement('KCC-STLS-2026-001')
    expect((await api(app.baseUrl, `/api/v1/agreements/${stls.id}/review`, tokens['provider@meadowbank.example'])).status).toBe(403)
    expect((await api(app.baseUrl, `/api/v1/agreements/${stls.id}/review`, tokens['legal@southend.example'])).status).toBe(404)
  })
})

describe('a second review', () => {
  test('shows what changed since the first, and each earlier comment resolved by the drafter and accepted by legal', async () => {
    const commissioner = tokens['commissioner@kent.example']
    const legal = tokens['legal@kent.example']
    const organisations = (await api(app.baseUrl, '/api/v1/organisations', commissioner)).body as { id: string; name: string }[]
    const created = await send(commissioner, '/api/v1/agreements', 'POST', { template: 'kent-pru-sla', commencesOn: '2026-09-01', parties: [organisations.find((organisation) => organisation.name === KENT_PRU)?.id] })
    expect(created.status).toBe(201)
    const agreement = created.body as TAgreementJson
    const base = `/api/v1/agreements/${agreement.id}`
    const termination = agreement.content.sections.flatMap((section) => section.clauses).find((clause) => clause.kind === 'termination')
    if (!termination) throw new Error('Kent PRU has a termination clause')

    expect((await send(commissioner, `${base}/transitions`, 'POST', { to: 'in_legal_review' })).status).toBe(200)
    const first = await review(agreement.id)
    expect(first.changesSinceLastReview).toBeNull()
    expect(first.findings.map((finding) => finding.code)).toEqual(['no_notices_clause'])
    expect(first.can).toMatchObject({ comment: true, decide: true, accept: true, resolve: false })

    const commented = await send(legal, `${base}/review/comments`, 'POST', { clauseId: termination.id, text: 'Say who decides that targets have not been met.' })
    expect(commented.status).toBe(201)
    const comment = (commented.body as { comment: TComment }).comment
    expect(comment).toMatchObject({ clauseId: termination.id, state: 'open', earlier: false })
    expect((await send(legal, `${base}/review/comments`, 'POST', { clauseId: termination.id, text: '' })).body).toMatchObject({ error: { code: 'validation', details: { fields: { text: 'Enter a comment' } } } })
    expect((await send(legal, `${base}/transitions`, 'POST', { to: 'draft', comment: 'Please tighten the termination wording.' })).status).toBe(200)

    // The drafter resolves the clause comment, saying what changed; legal cannot resolve for them.
    const returned = await review(agreement.id, commissioner)
    expect(returned.comments.map((each) => [each.text, each.earlier, each.state])).toEqual([
      ['Say who decides that targets have not been met.', true, 'open'],
      ['Please tighten the termination wording.', true, 'open'],
    ])
    expect(returned.can.resolve).toBe(true)
    expect((await send(legal, `${base}/review/comments/${comment.id}/resolution`, 'POST', { note: 'x' })).status).toBe(403)
    const resolved = await send(commissioner, `${base}/review/comments/${comment.id}/resolution`, 'POST', { note: 'The heading now names the targets.' })
    expect(resolved.status).toBe(200)
    expect((resolved.body as { comment: TComment }).comment).toMatchObject({ state: 'resolved', resolution: { by: 'Clare Commissioner', note: 'The heading now names the targets.' } })
    expect((await send(commissioner, `${base}/review/comments/${comment.id}/resolution`, 'POST', {})).status).toBe(409)
    expect((await send(commissioner, `${base}/review/comments/${comment.id}/resolution`, 'POST', { note: 'x'.repeat(2001) })).body).toMatchObject({
      error: { code: 'validation', details: { fields: { note: 'What you changed must be 2,000 characters or fewer' } } },
    })
    expect((await send(commissioner, `${base}/review/comments/000000000000000000000000/resolution`, 'POST', {})).status).toBe(404)

    const edited = await send(commissioner, `${base}/clauses/${encodeURIComponent(termination.id)}`, 'PATCH', { heading: 'Termination for breach or missed targets' })
    expect(edited.status).toBe(200)
    expect((await send(commissioner, `${base}/transitions`, 'POST', { to: 'in_legal_review' })).status).toBe(200)

    // Legal sees the change since the first review and the resolution, and accepts it.
    const second = await review(agreement.id)
    expect(second.changesSinceLastReview?.decision).toBe('draft')
    expect(second.changesSinceLastReview?.clauses.map((clause) => [clause.clauseId, clause.change])).toEqual([[termination.id, 'changed']])
    expect(second.changesSinceLastReview?.clauses[0].words.filter((word) => word.added).map((word) => word.value.trim())).toEqual(['or missed targets'])
    expect(second.comments.find((each) => each.id === comment.id)).toMatchObject({ earlier: true, state: 'resolved' })
    const accepted = await send(legal, `${base}/review/comments/${comment.id}/acceptance`, 'POST')
    expect(accepted.status).toBe(200)
    expect((accepted.body as { comment: TComment }).comment).toMatchObject({ state: 'accepted', acceptance: { by: 'Leo Legal' } })
    expect((await send(legal, `${base}/review/comments/${comment.id}/acceptance`, 'POST')).status).toBe(409)

    // Approval accepts the comment nobody resolved; each step is in the audit trail.
    expect((await send(legal, `${base}/transitions`, 'POST', { to: 'approved' })).status).toBe(200)
    const approved = await review(agreement.id)
    expect(approved.comments.map((each) => each.state)).toEqual(['accepted', 'accepted'])
    const audit = (await api(app.baseUrl, `/api/v1/audit-events?q=${encodeURIComponent(agreement.reference)}`, tokens['admin@kent.example'])).body as { events: { action: string }[] }
    expect(audit.events.map((event) => event.action)).toEqual(expect.arrayContaining(['agreement.review_comment', 'agreement.review_comment_resolved', 'agreement.review_comment_accepted']))
  })
})
