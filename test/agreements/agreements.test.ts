import { startApp, type TRunningApp } from '#test/support/app'
import { api, confirmProposals, createToken, signedIn, type TestClient } from '#test/support/client'
import { formFields, visibleText } from './html-form'

// Drafting, validation, legal review, renewal, comparison and variation of agreements, through the
// API and the pages, against the app and its embedded database with the demo data seeded.

type TClause = { id: string; kind: string; number: string; heading: string; params: Record<string, unknown>; text?: string; proposals?: string[] }
type TAgreementJson = {
  id: string
  reference: string
  title: string
  template: string
  status: string
  version: number
  previousVersion: string | null
  supersededBy: string | null
  commencesOn: string | null
  endsOn: string | null
  parties: string[]
  partyDetails: { id: string; name: string }[]
  content: { sections: { id: string; clauses: TClause[] }[] }
  review: { comments: { clauseId: string | null; text: string; resolved: boolean }[] }
  variations: { id: string; status: string; resultingVersion: string | null }[]
}
type TError = { error: { code: string; message: string; details?: { fields?: Record<string, string> } } }

const TEMPLATE_KEYS = ['kent-pru-sla', 'southend-ap-pathways', 'leicestershire-seip', 'leicestershire-seip-mou', 'kent-stls', 'nottingham-devolved-funding']
const KENT_PRU = 'North West Kent Alternative Provision Service Management Committee'

let app: TRunningApp
let commissioner: TestClient
let legal: TestClient
const tokens: Record<string, string> = {}
let kentPruId = ''

beforeAll(async () => {
  app = await startApp()
  commissioner = await signedIn(app.baseUrl, 'commissioner@kent.example')
  legal = await signedIn(app.baseUrl, 'legal@kent.example')
  tokens.commissioner = await createToken(commissioner)
  tokens.legal = await createToken(legal)
  for (const email of ['provider@nwk-aps.example', 'provider@parallel-learning.example', 'commissioner@southend.example']) {
    tokens[email] = await createToken(await signedIn(app.baseUrl, email))
  }
  const organisations = (await api(app.baseUrl, '/api/v1/organisations', tokens.commissioner)).body as { id: string; name: string }[]
  kentPruId = organisations.find((organisation) => organisation.name === KENT_PRU)?.id ?? ''
})

afterAll(async () => {
  await app?.stop()
})

function json(token: string, path: string, method: string, body: unknown) {
  return api(app.baseUrl, path, token, { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
}

async function getAgreement(id: string, token = tokens.commissioner) {
  return (await api(app.baseUrl, `/api/v1/agreements/${id}`, token)).body as TAgreementJson
}

async function draftKentPru(withProvider = true) {
  const response = await json(tokens.commissioner, '/api/v1/agreements', 'POST', {
    template: 'kent-pru-sla',
    commencesOn: '2026-09-01',
    ...(withProvider ? { parties: [kentPruId] } : {}),
  })
  expect(response.status).toBe(201)
  return response.body as TAgreementJson
}

function clauseOf(agreement: TAgreementJson, kind: string, has?: (clause: TClause) => boolean): TClause {
  const clause = agreement.content.sections.flatMap((section) => section.clauses).find((candidate) => candidate.kind === kind && (!has || has(candidate)))
  if (!clause) throw new Error(`No ${kind} clause in ${agreement.template}`)
  return clause
}

async function activeAgreement(reference: string) {
  const list = (await api(app.baseUrl, '/api/v1/agreements', tokens.commissioner)).body as TAgreementJson[]
  const found = list.find((agreement) => agreement.reference === reference && agreement.version === 1)
  if (!found) throw new Error(`The demo data has no ${reference}`)
  return getAgreement(found.id)
}

describe('templates and drafting', () => {
  test('GET /api/v1/templates lists a blank agreement and the six seed templates, marked as published examples, with a title and description', async () => {
    const response = await api(app.baseUrl, '/api/v1/templates', tokens.commissioner)
    expect(response.status).toBe(200)
    const templates = response.body as { key: string; title: string; description: string; source: string }[]
    expect(templates.map((template) => template.key).sort()).toEqual(['blank', ...TEMPLATE_KEYS].sort())
    expect(templates.filter((template) => template.source === 'published').map((template) => template.key).sort()).toEqual([...TEMPLATE_KEYS].sort())
    for (const template of templates) {
      expect(template.title.length).toBeGreaterThan(10)
      expect(template.description.length).toBeGreaterThan(10)
    }
  })

  test.each(TEMPLATE_KEYS)('a commissioner creates a draft from %s', async (template) => {
    const response = await json(tokens.commissioner, '/api/v1/agreements', 'POST', { template })
    expect(response.status).toBe(201)
    const agreement = response.body as TAgreementJson
    expect(agreement).toMatchObject({ template, status: 'draft', version: 1, previousVersion: null })
    expect(agreement.content.sections.length).toBeGreaterThan(3)
    const listed = (await api(app.baseUrl, `/api/v1/agreements?template=${template}`, tokens.commissioner)).body as TAgreementJson[]
    expect(listed.map((entry) => entry.id)).toContain(agreement.id)
    expect(listed.every((entry) => entry.template === template)).toBe(true)
  })

  test('a draft for a Leicestershire SEIP partnership area: the API lists the areas and takes one; the form offers them and names the field when the template takes none', async () => {
    const templates = (await api(app.baseUrl, '/api/v1/templates', tokens.commissioner)).body as { key: string; partnerships?: string[] }[]
    expect(templates.find((template) => template.key === 'leicestershire-seip-mou')?.partnerships).toEqual(['South Leicestershire', 'North West Leicestershire', 'Melton and South Charnwood', 'Hinckley and Bosworth', 'North Charnwood'])
    expect(templates.find((template) => template.key === 'kent-pru-sla')).not.toHaveProperty('partnerships')
    const created = await json(tokens.commissioner, '/api/v1/agreements', 'POST', { template: 'leicestershire-seip-mou', partnership: 'North Charnwood' })
    expect(created.status).toBe(201)
    expect((created.body as TAgreementJson).title).toBe('Memorandum of Understanding between Schools in Secondary Education and Inclusion Partnerships: North Charnwood')

    const form = await commissioner.get('/agreements/new')
    expect(form.text).toMatch(/<select[^>]*name="partnership"[\s\S]*?<option value="North Charnwood">North Charnwood<\/option>/)
    const refused = await commissioner.post('/agreements/new', { template: 'kent-pru-sla', partnership: 'North Charnwood' })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('<a href="#partnership">Only the Leicestershire SEIP agreement and its memorandum are drafted for a partnership area: leave it blank for this template</a>')
  })

  test('a Kent PRU SLA from 1 September 2026 runs three full calendar years, to 31 August 2029', async () => {
    const agreement = await draftKentPru()
    expect(agreement.reference).toMatch(/^KCC-PRU-2026-\d{3}$/)
    expect(agreement.commencesOn).toBe('2026-09-01')
    expect(agreement.endsOn).toBe('2029-08-31')
    expect(agreement.parties).toEqual([kentPruId])
    expect(agreement.partyDetails.find((party) => party.id === 'provider')?.name).toBe(KENT_PRU)
  })

  test('an end date before the commencement date is refused with the field named', async () => {
    const response = await json(tokens.commissioner, '/api/v1/agreements', 'POST', { template: 'kent-pru-sla', commencesOn: '2026-09-01', endsOn: '2026-08-31' })
    expect(response.status).toBe(400)
    expect((response.body as TError).error.details?.fields?.endsOn).toBe('End date must be after the commencement date')
  })

  test('an unknown template is a 400 naming the template field', async () => {
    const response = await json(tokens.commissioner, '/api/v1/agreements', 'POST', { template: 'no-such-template' })
    expect(response.status).toBe(400)
    expect((response.body as TError).error.details?.fields?.template).toBe('There is no template called "no-such-template": choose "blank", one of your authority\'s templates or a published example (GET /api/v1/templates)')
  })
})

describe('invalid clause values are refused and nothing is saved', () => {
  const cases = [
    {
      name: 'a negative notice period',
      kind: 'termination',
      has: (clause: TClause) => clause.params.noticePeriod !== undefined,
      change: (params: Record<string, unknown>) => ({ ...params, noticePeriod: { amount: -6, unit: 'months' } }),
      field: 'params.noticePeriod.amount',
      message: 'Notice period must be greater than zero',
    },
    {
      name: 'an end date before the commencement date',
      kind: 'term',
      change: (params: Record<string, unknown>) => ({ ...params, commencesOn: '2026-09-01', endsOn: '2026-08-01', duration: undefined }),
      field: 'params.endsOn',
      message: 'End date must be after the commencement date',
    },
    {
      name: 'a KPI target over 100 per cent',
      kind: 'kpis',
      change: (params: Record<string, unknown>) => {
        const [first, ...rest] = params.indicators as { targets: { percentage: number }[] }[]
        return { ...params, indicators: [{ ...first, targets: [{ ...first.targets[0], percentage: 120 }, ...first.targets.slice(1)] }, ...rest] }
      },
      field: 'params.indicators.0.targets.0.percentage',
      message: 'Target must be between 0 and 100 per cent',
    },
    {
      name: 'an unknown alignment',
      kind: 'termination',
      has: (clause: TClause) => clause.params.noticePeriod !== undefined,
      change: (params: Record<string, unknown>) => ({ ...params, alignment: { kind: 'end_of_the_week' } }),
      field: 'params.alignment.kind',
      message: 'Choose what the notice period ends on: nothing, the end of an academic year, the end of a financial year, or a fixed day',
    },
  ]

  test.each(cases)('API: $name is a 400 with the field path', async ({ kind, has, change, field, message }) => {
    const agreement = await draftKentPru()
    const clause = clauseOf(agreement, kind, has)
    const response = await json(tokens.commissioner, `/api/v1/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`, 'PATCH', { params: change(clause.params) })
    expect(response.status).toBe(400)
    const error = (response.body as TError).error
    expect(error.code).toBe('validation')
    expect(error.details?.fields?.[field]).toBe(message)
    expect((await getAgreement(agreement.id)).content).toEqual(agreement.content)
  })

  test('UI: a negative notice period is shown next to its box, the typed value kept, the agreement unchanged', async () => {
    const agreement = await draftKentPru()
    const clause = clauseOf(agreement, 'termination', (candidate) => candidate.params.noticePeriod !== undefined)
    const path = `/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`
    const page = await commissioner.get(path)
    expect(page.status).toBe(200)
    const fields = formFields(page.text)
    expect(fields['params.noticePeriod.amount']).toBe('6')
    const response = await commissioner.post(path, { ...fields, 'params.noticePeriod.amount': '-6' })
    expect(response.status).toBe(400)
    // The message sits right above its box, which points to it with aria-describedby, and in the summary.
    expect(response.text).toMatch(
      /<p id="params-noticePeriod-amount-error" class="govuk-error-message">[\s\S]{0,80}Notice period must be greater than zero<\/p><input class="govuk-input govuk-input--error[^"]*" id="params-noticePeriod-amount"[^>]*aria-describedby="params-noticePeriod-amount-error"/,
    )
    expect(response.text).toMatch(/<a href="#params-noticePeriod-amount">Notice period must be greater than zero<\/a>/)
    expect(formFields(response.text)['params.noticePeriod.amount']).toBe('-6')
    expect((await getAgreement(agreement.id)).content).toEqual(agreement.content)
  })

  test('UI: a KPI target over 100 per cent is shown next to its box', async () => {
    const agreement = await draftKentPru()
    const clause = clauseOf(agreement, 'kpis')
    const path = `/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`
    const fields = formFields((await commissioner.get(path)).text)
    const response = await commissioner.post(path, { ...fields, 'params.indicators.0.targets.0.percentage': '120' })
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/<p id="params-indicators-0-targets-0-percentage-error" class="govuk-error-message">[\s\S]{0,80}Target must be between 0 and 100 per cent<\/p><input[^>]*id="params-indicators-0-targets-0-percentage"/)
    expect((await getAgreement(agreement.id)).content).toEqual(agreement.content)
  })

  test('UI: a valid change is saved and the wording follows the values', async () => {
    const agreement = await draftKentPru()
    const clause = clauseOf(agreement, 'termination', (candidate) => candidate.params.noticePeriod !== undefined)
    const path = `/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`
    const fields = formFields((await commissioner.get(path)).text)
    const response = await commissioner.post(path, { ...fields, 'params.noticePeriod.amount': '3', text: '' })
    expect(response.status).toBe(302)
    const saved = clauseOf(await getAgreement(agreement.id), 'termination', (candidate) => candidate.id === clause.id)
    expect(saved.params.noticePeriod).toEqual({ amount: 3, unit: 'months' })
    expect(saved.text).toBeUndefined()
    // Kent PRU main body, "Termination for breach": the hand-edited "six months notice" gives way to the generated wording.
    const preview = await commissioner.get(`/agreements/${agreement.id}/preview`)
    expect(visibleText(preview.text)).toContain("resolution cannot be made by giving 3 months' notice.")
  })

  test('UI: clauses move up and down within their section', async () => {
    const agreement = await draftKentPru()
    const section = agreement.content.sections.find((candidate) => candidate.clauses.length >= 2)
    if (!section) throw new Error('No section with two clauses')
    const [first, second] = section.clauses
    await commissioner.get(`/agreements/${agreement.id}`)
    const response = await commissioner.post(`/agreements/${agreement.id}`, { intent: 'move', clauseId: second.id, direction: 'up' })
    expect(response.status).toBe(302)
    const moved = (await getAgreement(agreement.id)).content.sections.find((candidate) => candidate.id === section.id)
    expect(moved?.clauses.slice(0, 2).map((clause) => clause.id)).toEqual([second.id, first.id])
  })
})

describe('lifecycle: allowed and refused moves', () => {
  test('sending to legal review lists the blanks still to fill and the proposals to confirm, by field', async () => {
    const agreement = await draftKentPru(false)
    const response = await json(tokens.commissioner, `/api/v1/agreements/${agreement.id}/transitions`, 'POST', { to: 'in_legal_review' })
    expect(response.status).toBe(400)
    const fields = (response.body as TError).error.details?.fields ?? {}
    expect(fields['parties.1.name']).toBe('Enter the name of the provider')
    // Schedule 1 clause 7(VII) and 9(XXI): the seed gives no day for either; the template's are proposals.
    expect(Object.keys(fields).filter((path) => path !== 'parties.1.name').map((path) => path.replace(/^content\.sections\.\d+\.clauses\.\d+\./, ''))).toEqual([
      'params.reports.0.due.dayOfFollowingMonth',
      'params.reports.0.due.eventDay',
    ])
    expect((await getAgreement(agreement.id)).status).toBe('draft')
  })

  test('the audit trail names the proposals a drafter confirms in the draft page\'s words, not by their field paths', async () => {
    const agreement = await draftKentPru()
    await confirmProposals(app.baseUrl, tokens.commissioner, agreement)
    const auditor = await createToken(await signedIn(app.baseUrl, 'auditor@kent.example'))
    const audit = await api(app.baseUrl, `/api/v1/audit-events?q=${encodeURIComponent(agreement.reference)}`, auditor)
    expect(audit.status).toBe(200)
    const summaries = (audit.body as { events: { action: string; summary: string }[] }).events.filter((event) => event.action === 'agreement.clause_updated').map((event) => event.summary)
    expect(summaries.join('\n')).not.toMatch(/reports\.0|dayOfFollowingMonth|eventDay/)
    expect(summaries).toEqual(expect.arrayContaining([expect.stringMatching(/changed Schedule 1, paragraph 7\(VII\), settling the template’s proposed .+ “.+”$/)]))
  })

  test('the draft page lists the blanks still to fill from the start, each a link to its field', async () => {
    const agreement = await draftKentPru(false)
    const html = (await commissioner.get(`/agreements/${agreement.id}`)).text
    const page = visibleText(html)
    expect(page).toContain('Before this agreement can go to legal review')
    expect(page).toContain('Blanks to fill in (1)')
    expect(html).toContain(`href="/agreements/${agreement.id}/parties#partyDetails-1-name">Enter the name of the provider</a>`)
    expect(html.split('>Enter the name of the provider</a>')).toHaveLength(2)
    const filled = visibleText((await commissioner.get(`/agreements/${(await draftKentPru()).id}`)).text)
    expect(filled).not.toContain('Blanks to fill in')
  })

  test('the agreements list names who each agreement is with, once, without repeating its template', async () => {
    const agreement = await draftKentPru()
    const list = (await commissioner.get('/agreements')).text
    const row = list.slice(list.indexOf(agreement.reference))
    expect(row.slice(0, row.indexOf('</tr>'))).toContain(KENT_PRU)
    expect(list).toContain('<th scope="col" class="govuk-table__header">With</th>')
    expect(list).not.toContain('<th scope="col" class="govuk-table__header">Template</th>')
  })

  test('draft -> legal review -> returned with a comment -> resent -> approved, each by the right role only', async () => {
    const agreement = await draftKentPru()
    const transitions = `/api/v1/agreements/${agreement.id}/transitions`
    const provider = tokens['provider@nwk-aps.example']

    // The provider can read its own agreement but cannot move it.
    expect((await api(app.baseUrl, `/api/v1/agreements/${agreement.id}`, provider)).status).toBe(200)
    expect((await json(provider, transitions, 'POST', { to: 'in_legal_review' })).status).toBe(403)
    // Legal cannot approve a draft: there is no such move.
    expect((await json(tokens.legal, transitions, 'POST', { to: 'approved' })).status).toBe(409)

    await confirmProposals(app.baseUrl, tokens.commissioner, agreement)
    expect((await json(tokens.commissioner, transitions, 'POST', { to: 'in_legal_review' })).status).toBe(200)
    // Commissioners neither approve nor edit once it is with legal.
    expect((await json(tokens.commissioner, transitions, 'POST', { to: 'approved' })).status).toBe(403)
    const termination = clauseOf(agreement, 'termination', (clause) => clause.params.noticePeriod !== undefined)
    const patch = await json(tokens.commissioner, `/api/v1/agreements/${agreement.id}/clauses/${encodeURIComponent(termination.id)}`, 'PATCH', { heading: 'Changed' })
    expect(patch.status).toBe(403)

    const returnedWithout = await json(tokens.legal, transitions, 'POST', { to: 'draft' })
    expect(returnedWithout.status).toBe(400)
    expect((returnedWithout.body as TError).error.details?.fields?.comment).toBe('Enter a comment saying what needs to change')
    const returned = await json(tokens.legal, transitions, 'POST', { to: 'draft', comment: 'Name the PRU in full in clause 1.' })
    expect(returned.status).toBe(200)
    expect((returned.body as TAgreementJson).status).toBe('draft')
    expect((returned.body as TAgreementJson).review.comments).toMatchObject([{ clauseId: null, text: 'Name the PRU in full in clause 1.', resolved: false }])

    expect((await json(tokens.commissioner, transitions, 'POST', { to: 'in_legal_review' })).status).toBe(200)
    const approved = await json(tokens.legal, transitions, 'POST', { to: 'approved' })
    expect(approved.status).toBe(200)
    expect((approved.body as TAgreementJson).status).toBe('approved')
    expect((approved.body as TAgreementJson).review.comments.every((comment) => comment.resolved)).toBe(true)
    // Signing and activation are not moves a person makes by hand.
    expect((await json(tokens.commissioner, transitions, 'POST', { to: 'active' })).status).toBe(409)
  })

  test('another authority and its provider see nothing of a Kent agreement', async () => {
    const agreement = await draftKentPru()
    for (const token of [tokens['provider@parallel-learning.example'], tokens['commissioner@southend.example']]) {
      expect((await api(app.baseUrl, `/api/v1/agreements/${agreement.id}`, token)).status).toBe(404)
      expect((await json(token, `/api/v1/agreements/${agreement.id}/transitions`, 'POST', { to: 'in_legal_review' })).status).toBe(404)
      const list = (await api(app.baseUrl, '/api/v1/agreements', token)).body as TAgreementJson[]
      expect(list.map((entry) => entry.id)).not.toContain(agreement.id)
    }
    const southend = await signedIn(app.baseUrl, 'commissioner@southend.example')
    expect((await southend.get(`/agreements/${agreement.id}`)).status).toBe(404)
  })
})

describe('renewal, comparison and variation', () => {
  test('renewing an active agreement drafts version 2 with the clauses carried forward and the dates moved on one term', async () => {
    const active = await activeAgreement('KCC-PRU-2025-001')
    expect(active).toMatchObject({ status: 'active', commencesOn: '2025-09-01', endsOn: '2028-08-31' })
    await commissioner.get(`/agreements/${active.id}`)
    const response = await commissioner.post(`/agreements/${active.id}`, { intent: 'renew' })
    expect(response.status).toBe(302)
    const renewalId = response.location?.split('/').at(-1) ?? ''
    const renewal = await getAgreement(renewalId)
    expect(renewal).toMatchObject({ reference: 'KCC-PRU-2025-001', version: 2, previousVersion: active.id, status: 'draft', commencesOn: '2028-09-01', endsOn: '2031-08-31' })
    const clauseIds = (agreement: TAgreementJson) => agreement.content.sections.flatMap((section) => section.clauses.map((clause) => clause.id))
    expect(clauseIds(renewal)).toEqual(clauseIds(active))
    expect(clauseOf(renewal, 'termination', (clause) => clause.params.noticePeriod !== undefined).params.noticePeriod).toEqual({ amount: 6, unit: 'months' })
    // A second renewal of the same version is refused.
    expect((await commissioner.post(`/agreements/${active.id}`, { intent: 'renew' })).status).toBe(409)

    // Compare: the renewal's term has moved on three years, and its notice wording, whose slot the
    // notice period fills, now says three months without the words being touched.
    const termination = clauseOf(renewal, 'termination', (clause) => clause.params.noticePeriod !== undefined)
    const editPath = `/agreements/${renewalId}/clauses/${encodeURIComponent(termination.id)}`
    const fields = formFields((await commissioner.get(editPath)).text)
    expect(fields.text).toContain('tendering of {{noticePeriod|words}} notice')
    const edited = await commissioner.post(editPath, { ...fields, 'params.noticePeriod.amount': '3' })
    expect(edited.status).toBe(302)
    const comparison = await commissioner.get(`/agreements/${renewalId}/compare`)
    expect(comparison.status).toBe(200)
    const text = visibleText(comparison.text)
    expect(text).toContain('Version 1 compared with version 2')
    // The term, Schedule 1 clause 2's restatement of its dates, and the notice wording.
    expect(text).toContain('3 clauses differ')
    const removed = (word: string) => `<del class="app-word-diff__removed"><span class="govuk-visually-hidden">[removed: </span>${word}<span class="govuk-visually-hidden">]</span></del>`
    const added = (word: string) => `<ins class="app-word-diff__added"><span class="govuk-visually-hidden">[added: </span>${word}<span class="govuk-visually-hidden">]</span></ins>`
    expect(text).toContain(`tendering of </span>${removed('six')}${added('three')}<span> months notice.</span>`)
    expect(text).toContain(`commence on 1 September </span>${removed('2025')}${added('2028')}`)
  })

  test('the clauses offered for a variation are named in the users’ words, never by their internal kind ("Funding: funding")', async () => {
    const internalNames = ((await api(app.baseUrl, '/api/v1/clause-kinds', tokens.commissioner)).body as { kind: string }[]).map((kind) => kind.kind)
    const labels: string[] = []
    for (const reference of ['KCC-PRU-2025-001', 'KCC-STLS-2026-001']) {
      const page = await commissioner.get(`/agreements/${(await activeAgreement(reference)).id}/variations/new`)
      labels.push(...[...page.text.matchAll(/<option value="[^"]+">([^<]*)<\/option>/g)].map((match) => match[1]))
    }
    expect(labels.length).toBeGreaterThan(20)
    expect(labels.filter((label) => internalNames.some((kind) => label.endsWith(`: ${kind}`)))).toEqual([])
    expect(labels.some((label) => /: (Funding and payment|“)/.test(label))).toBe(true)
  })

  test('a variation agreed in writing by both parties makes version 2 and supersedes version 1', async () => {
    const active = await activeAgreement('KCC-STLS-2026-001')
    const termination = clauseOf(active, 'termination', (clause) => clause.params.noticePeriod !== undefined)
    const proposePath = `/agreements/${active.id}/variations/new?clause=${encodeURIComponent(termination.id)}`
    const fields = formFields((await commissioner.get(proposePath)).text)
    const proposed = await commissioner.post(proposePath, { ...fields, summary: 'Notice period reduced to 3 months', 'params.noticePeriod.amount': '3', text: '' })
    expect(proposed.status).toBe(302)
    const variationPath = proposed.location ?? ''
    expect(variationPath).toMatch(new RegExp(`^/agreements/${active.id}/variations/[0-9a-f]{24}$`))

    // Without a signature for each party nothing changes.
    await commissioner.get(variationPath)
    const missing = await commissioner.post(variationPath, { count: '2', 'signatures.0.party': 'authority', 'signatures.0.name': 'Clare Commissioner', 'signatures.0.title': 'Head of Commissioning', 'signatures.1.party': 'school', 'signatures.1.name': '', 'signatures.1.title': 'Chair of Governors' })
    expect(missing.status).toBe(400)
    expect(missing.text).toContain('Enter the name of the person who signed')
    expect((await getAgreement(active.id)).status).toBe('active')

    const signed = await commissioner.post(variationPath, {
      count: '2',
      'signatures.0.party': 'authority',
      'signatures.0.name': 'Clare Commissioner',
      'signatures.0.title': 'Head of Commissioning',
      'signatures.0.on-day': '20',
      'signatures.0.on-month': '11',
      'signatures.0.on-year': '2026',
      'signatures.1.party': 'school',
      'signatures.1.name': 'Morgan Governor',
      'signatures.1.title': 'Chair of Governors',
      'signatures.1.on-day': '21',
      'signatures.1.on-month': '11',
      'signatures.1.on-year': '2026',
    })
    expect(signed.status).toBe(302)
    const newVersion = await getAgreement(signed.location?.split('/').at(-1) ?? '')
    expect(newVersion).toMatchObject({ reference: 'KCC-STLS-2026-001', version: 2, status: 'active', previousVersion: active.id })
    expect(clauseOf(newVersion, 'termination', (clause) => clause.id === termination.id).params.noticePeriod).toEqual({ amount: 3, unit: 'months' })
    const old = await getAgreement(active.id)
    expect(old).toMatchObject({ status: 'superseded', supersededBy: newVersion.id })
    expect(old.variations).toMatchObject([{ status: 'agreed', resultingVersion: newVersion.id }])

    const history = await commissioner.get(`/agreements/${newVersion.id}/history`)
    expect(visibleText(history.text)).toContain('Version 2')
    expect(visibleText(history.text)).toContain('Version 1')
    expect(visibleText(history.text)).toContain('agreed in writing by Clare Commissioner, Head of Commissioning, on 20 November 2026 and Morgan Governor, Chair of Governors, on 21 November 2026')
  })
})
