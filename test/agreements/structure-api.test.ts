import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, signedIn } from '#test/support/client'

// Authoring through the API alone (issue 20): a blank agreement, sections and clauses added, moved,
// deleted and restored with numbering and cross-references kept, parties added and removed, the
// clause kinds an integrator builds clauses from, and the authority's own templates.

type TClause = { id: string; kind: string; number: string; heading: string; params: Record<string, unknown>; text?: string }
type TSection = { id: string; number?: string; heading: string; kind: string; clauses: TClause[] }
type TAgreement = {
  id: string
  reference: string
  template: string
  templateVersion: { template: string; version: number } | null
  status: string
  partyDetails: { id: string; role: string; name: string; organisation: string | null }[]
  parties: string[]
  content: { sections: TSection[] }
  crossReferenceProblems: { clauseId: string; number: string; message: string }[]
  deleted: { kind: string; id: string; label: string }[]
}
type TError = { error: { code: string; message: string; details?: { fields?: Record<string, string> } } }

let app: TRunningApp
const tokens: Record<string, string> = {}
let providerId = ''

beforeAll(async () => {
  app = await startApp()
  for (const email of ['commissioner@kent.example', 'commissioner@southend.example', 'provider@nwk-aps.example', 'legal@kent.example']) {
    tokens[email] = await createToken(await signedIn(app.baseUrl, email))
  }
  const organisations = (await api(app.baseUrl, '/api/v1/organisations', tokens['commissioner@kent.example'])).body as { id: string; name: string }[]
  providerId = organisations.find((organisation) => organisation.name.startsWith('North West Kent'))?.id ?? ''
})

afterAll(async () => {
  await app?.stop()
})

const KENT = 'commissioner@kent.example'

function send(path: string, method: string, body?: unknown, who = KENT) {
  return api(app.baseUrl, path, tokens[who], body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
}

async function agreement(id: string) {
  return (await api(app.baseUrl, `/api/v1/agreements/${id}`, tokens[KENT])).body as TAgreement
}

function outline(draft: TAgreement): string[] {
  return draft.content.sections.map((section) => [section.number ?? '-', section.heading, ...section.clauses.map((clause) => clause.number || '·')].join(' '))
}

function clauseText(draft: TAgreement, clauseId: string): string {
  const clause = draft.content.sections.flatMap((section) => section.clauses).find((candidate) => candidate.id === clauseId)
  return ((clause?.params.paragraphs as { text: string }[] | undefined) ?? []).map((paragraph) => paragraph.text).join(' ')
}

const SIX_MONTHS = { noticeBy: 'either', noticePeriod: { amount: 6, unit: 'months' }, alignment: { kind: 'none' }, byMutualAgreement: false }

describe('a blank agreement built through the API', () => {
  let id = ''
  let terminationSection = ''

  it('starts with a title, the parties, the term and signature blocks, and nothing else', async () => {
    const created = await send('/api/v1/agreements', 'POST', { template: 'blank', title: 'School ICT Services SLA', commencesOn: '2026-04-01', parties: [providerId] })
    expect(created.status).toBe(201)
    const draft = created.body as TAgreement
    id = draft.id
    expect(draft.reference).toMatch(/^KCC-SLA-2026-\d{3}$/)
    expect(draft.template).toBe('blank')
    expect(outline(draft)).toEqual(['- Agreement ·', '1 Term 1.1', '- Signatures ·'])
    expect(draft.partyDetails.map((party) => [party.role, party.name])).toEqual([
      ['authority', 'Kent County Council'],
      ['provider', 'North West Kent Alternative Provision Service Management Committee'],
    ])
  })

  it('adds a section before the signatures, numbered in sequence', async () => {
    const added = await send(`/api/v1/agreements/${id}/sections`, 'POST', { heading: 'Termination' })
    expect(added.status).toBe(201)
    const { section, agreement: draft } = added.body as { section: TSection; agreement: TAgreement }
    terminationSection = section.id
    expect(section.number).toBe('2')
    expect(outline(draft)).toEqual(['- Agreement ·', '1 Term 1.1', '2 Termination', '- Signatures ·'])
  })

  it('adds clauses of any kind, refusing bad values by field with nothing saved', async () => {
    const bad = await send(`/api/v1/agreements/${id}/clauses`, 'POST', { sectionId: terminationSection, kind: 'termination', params: { ...SIX_MONTHS, noticePeriod: { amount: 0, unit: 'months' } } })
    expect(bad.status).toBe(400)
    expect((bad.body as TError).error.details?.fields).toEqual({ 'params.noticePeriod.amount': 'Notice period must be greater than zero' })
    expect(outline(await agreement(id))).toContain('2 Termination')

    const unknownKind = await send(`/api/v1/agreements/${id}/clauses`, 'POST', { sectionId: terminationSection, kind: 'penalties', params: {} })
    expect(unknownKind.status).toBe(400)
    expect((unknownKind.body as TError).error.details?.fields?.kind).toContain('GET /api/v1/clause-kinds')

    const notice = await send(`/api/v1/agreements/${id}/clauses`, 'POST', { sectionId: terminationSection, kind: 'termination', heading: 'Notice', params: SIX_MONTHS })
    expect(notice.status).toBe(201)
    expect((notice.body as { clause: TClause }).clause).toMatchObject({ number: '2.1', heading: 'Notice', kind: 'termination' })

    const costs = await send(`/api/v1/agreements/${id}/clauses`, 'POST', { sectionId: terminationSection, kind: 'free-text', heading: 'Costs', params: { paragraphs: [{ text: 'Costs of termination under clause 2.1 are borne by the party serving notice.' }] } })
    expect((costs.body as { clause: TClause }).clause.number).toBe('2.2')
  })

  it('numbers a clause added at a position in its place, and the references follow', async () => {
    const first = await send(`/api/v1/agreements/${id}/clauses`, 'POST', { sectionId: terminationSection, position: 0, kind: 'free-text', heading: 'Breach', params: { paragraphs: [{ text: 'Either party may end this Agreement at once for serious breach.' }] } })
    const draft = (first.body as { agreement: TAgreement }).agreement
    expect(outline(draft)).toContain('2 Termination 2.1 2.2 2.3')
    const costs = draft.content.sections[2].clauses[2]
    expect(clauseText(draft, costs.id)).toBe('Costs of termination under clause 2.2 are borne by the party serving notice.')
  })

  it('moves a clause, and moves it between sections', async () => {
    const [breach, notice] = (await agreement(id)).content.sections[2].clauses
    const moved = await send(`/api/v1/agreements/${id}/clauses/${notice.id}/move`, 'POST', { position: 0 })
    expect(moved.status).toBe(200)
    const draft = moved.body as TAgreement
    expect(draft.content.sections[2].clauses.map((clause) => `${clause.heading} ${clause.number}`)).toEqual(['Notice 2.1', 'Breach 2.2', 'Costs 2.3'])
    expect(clauseText(draft, draft.content.sections[2].clauses[2].id)).toContain('under clause 2.1 are borne')

    const across = await send(`/api/v1/agreements/${id}/clauses/${breach.id}/move`, 'POST', { sectionId: 'term', position: 1 })
    expect(outline(across.body as TAgreement)).toEqual(['- Agreement ·', '1 Term 1.1 1.2', '2 Termination 2.1 2.2', '- Signatures ·'])

    const nowhere = await send(`/api/v1/agreements/${id}/clauses/${breach.id}/move`, 'POST', { position: 9 })
    expect(nowhere.status).toBe(400)
    expect((nowhere.body as TError).error.details?.fields?.position).toBe('Position must be a whole number from 0 (first) to 1 (last)')
  })

  it('deletes a clause, flags the reference to it, and undoes the deletion', async () => {
    const before = await agreement(id)
    const notice = before.content.sections[2].clauses[0]
    const costs = before.content.sections[2].clauses[1]
    const deleted = await send(`/api/v1/agreements/${id}/clauses/${notice.id}`, 'DELETE')
    expect(deleted.status).toBe(200)
    const { deleted: undo, agreement: draft } = deleted.body as { deleted: { restore: string }; agreement: TAgreement }
    expect(clauseText(draft, costs.id)).toBe('Costs of termination under clause [deleted 2.1] are borne by the party serving notice.')
    expect(draft.crossReferenceProblems).toEqual([{ clauseId: costs.id, target: 'clause', number: '2.1', message: 'Clause 2.1 refers to clause 2.1, which has been deleted: change the wording or restore it' }])
    expect(draft.deleted).toEqual([expect.objectContaining({ kind: 'clause', id: notice.id, label: 'Clause 2.1 Notice' })])

    const restored = await send(undo.restore, 'POST')
    expect(restored.status).toBe(200)
    const back = restored.body as TAgreement
    expect(back.content.sections[2].clauses.map((clause) => `${clause.heading} ${clause.number}`)).toEqual(['Notice 2.1', 'Costs 2.2'])
    expect(clauseText(back, costs.id)).toBe('Costs of termination under clause 2.1 are borne by the party serving notice.')
    expect(back.crossReferenceProblems).toEqual([])
    expect(back.deleted).toEqual([])
    expect((await send(undo.restore, 'POST')).status).toBe(404)
  })

  it('deletes a whole section and restores it', async () => {
    const deleted = await send(`/api/v1/agreements/${id}/sections/${terminationSection}`, 'DELETE')
    expect(outline((deleted.body as { agreement: TAgreement }).agreement)).toEqual(['- Agreement ·', '1 Term 1.1 1.2', '- Signatures ·'])
    const restored = await send(`/api/v1/agreements/${id}/sections/${terminationSection}/restore`, 'POST')
    expect(outline(restored.body as TAgreement)).toEqual(['- Agreement ·', '1 Term 1.1 1.2', '2 Termination 2.1 2.2', '- Signatures ·'])
  })

  it('adds a schedule and an appendix, numbered apart from the sections, and renames a section', async () => {
    await send(`/api/v1/agreements/${id}/sections`, 'POST', { heading: 'Charges', kind: 'schedule' })
    const appendix = await send(`/api/v1/agreements/${id}/sections`, 'POST', { heading: 'Service levels', kind: 'appendix' })
    expect(outline((appendix.body as { agreement: TAgreement }).agreement).slice(-2)).toEqual(['1 Charges', '1 Service levels'])
    const renamed = await send(`/api/v1/agreements/${id}/sections/${terminationSection}`, 'PATCH', { heading: 'Ending this Agreement' })
    expect(outline(renamed.body as TAgreement)).toContain('2 Ending this Agreement 2.1 2.2')
    const moved = await send(`/api/v1/agreements/${id}/sections/${terminationSection}/move`, 'POST', { position: 1 })
    expect(outline(moved.body as TAgreement).slice(0, 3)).toEqual(['- Agreement ·', '1 Ending this Agreement 1.1 1.2', '2 Term 2.1 2.2'])
  })

  it('adds and removes a party, with the parties clause and the signature blocks', async () => {
    const added = await send(`/api/v1/agreements/${id}/parties`, 'POST', { role: 'governing_body', name: 'The Governing Body of Ashford Oaks Primary School', signatoryRole: 'Chair of Governors' })
    expect(added.status).toBe(201)
    const { partyId, agreement: draft } = added.body as { partyId: string; agreement: TAgreement }
    const partiesClause = draft.content.sections[0].clauses[0]
    expect((partiesClause.params.parties as { partyId: string }[]).map((entry) => entry.partyId)).toEqual(['authority', 'provider', partyId])
    const block = draft.content.sections.find((section) => section.id === 'signatures')?.clauses[0]
    expect(block?.params.signatories).toContainEqual({ id: `${partyId}-signatory`, partyId, role: 'Chair of Governors' })

    expect((await send(`/api/v1/agreements/${id}/parties/authority`, 'DELETE')).status).toBe(400)
    const removed = await send(`/api/v1/agreements/${id}/parties/${partyId}`, 'DELETE')
    expect(removed.status).toBe(200)
    expect((removed.body as TAgreement).partyDetails.map((party) => party.id)).toEqual(['authority', 'provider'])
  })

  it('lets nobody else restructure it', async () => {
    const section = await send(`/api/v1/agreements/${id}/sections`, 'POST', { heading: 'Mine now' }, 'commissioner@southend.example')
    expect(section.status).toBe(404)
    const legal = await send(`/api/v1/agreements/${id}/sections`, 'POST', { heading: 'Legal edits' }, 'legal@kent.example')
    expect(legal.status).toBe(403)
  })
})

describe('a new agreement with bad parties', () => {
  it('is refused naming the field and what it takes', async () => {
    const refused = await send('/api/v1/agreements', 'POST', { template: 'blank', title: 'No parties', commencesOn: '2026-04-01', parties: [null] })
    expect(refused.status).toBe(400)
    expect((refused.body as TError).error.details?.fields).toEqual({ parties: 'Give organisation ids, as GET /api/v1/organisations lists them' })
  })
})

describe('references under load', () => {
  it('gives drafts started at the same moment a reference each, the unique index turning a clash into the next number', async () => {
    const started = await Promise.all(Array.from({ length: 4 }, (_, index) => send('/api/v1/agreements', 'POST', { template: 'blank', title: `Concurrent SLA ${index + 1}`, commencesOn: '2031-04-01', parties: [providerId] })))
    expect(started.map((response) => response.status)).toEqual([201, 201, 201, 201])
    const references = started.map((response) => (response.body as TAgreement).reference).sort()
    expect(references).toEqual(['KCC-SLA-2031-001', 'KCC-SLA-2031-002', 'KCC-SLA-2031-003', 'KCC-SLA-2031-004'])
  })
})

describe('clause kinds for integrators', () => {
  it('lists every kind with its label, description and the JSON Schema of its params', async () => {
    const response = await api(app.baseUrl, '/api/v1/clause-kinds', tokens[KENT])
    expect(response.status).toBe(200)
    const kinds = response.body as { kind: string; label: string; description: string; paramsSchema: { type: string; properties: Record<string, { title?: string }> } }[]
    expect(kinds.length).toBeGreaterThanOrEqual(19)
    for (const kind of kinds) {
      expect(kind.label).not.toBe('')
      expect(kind.description).not.toBe('')
      expect(kind.paramsSchema.type).toBe('object')
    }
    const termination = kinds.find((kind) => kind.kind === 'termination')
    expect(termination?.paramsSchema.properties.noticePeriod.title).toBe('Notice period')
  })
})

describe("an authority's own templates", () => {
  let sourceId = ''

  it('saves an agreement as a template of its authority, offered to that authority only', async () => {
    const made = await send('/api/v1/agreements', 'POST', { template: 'blank', title: 'Traded services SLA', commencesOn: '2026-09-01', endsOn: '2027-08-31', parties: [providerId] })
    sourceId = (made.body as TAgreement).id
    const saved = await send('/api/v1/templates', 'POST', { agreementId: sourceId, title: 'Kent traded services SLA', description: 'Our standard traded services SLA' })
    expect(saved.status).toBe(201)
    expect(saved.body).toMatchObject({ key: 'kent-traded-services-sla', version: 1, savedBy: expect.any(String) })

    const kent = (await api(app.baseUrl, '/api/v1/templates', tokens[KENT])).body as { key: string; source: string; authorityName: string }[]
    expect(kent[0]).toMatchObject({ key: 'blank', source: 'blank' })
    expect(kent).toContainEqual(expect.objectContaining({ key: 'kent-traded-services-sla', source: 'authority', authorityName: 'Kent County Council' }))
    expect(kent).toContainEqual(expect.objectContaining({ key: 'southend-ap-pathways', source: 'published', authorityName: 'Southend Borough Council' }))

    const southend = (await api(app.baseUrl, '/api/v1/templates', tokens['commissioner@southend.example'])).body as { key: string }[]
    expect(southend.map((entry) => entry.key)).not.toContain('kent-traded-services-sla')
    const refused = await send('/api/v1/agreements', 'POST', { template: 'kent-traded-services-sla' }, 'commissioner@southend.example')
    expect(refused.status).toBe(400)
    expect((refused.body as TError).error.details?.fields?.template).toMatch(/no template called "kent-traded-services-sla"/)
  })

  it('drafts from its latest version, with the dates left for the new agreement', async () => {
    const drafted = await send('/api/v1/agreements', 'POST', { template: 'kent-traded-services-sla', parties: [providerId] })
    expect(drafted.status).toBe(201)
    const draft = drafted.body as TAgreement
    expect(draft.template).toBe('kent-traded-services-sla')
    expect(draft.templateVersion?.version).toBe(1)
    const term = draft.content.sections.flatMap((section) => section.clauses).find((clause) => clause.kind === 'term')
    expect(term?.params).not.toHaveProperty('commencesOn')
    expect(term?.params).not.toHaveProperty('endsOn')

    const second = await send('/api/v1/templates', 'POST', { agreementId: sourceId, title: 'Kent traded services SLA', template: 'kent-traded-services-sla' })
    expect(second.body).toMatchObject({ key: 'kent-traded-services-sla', version: 2 })

    const detail = (await api(app.baseUrl, '/api/v1/templates/kent-traded-services-sla', tokens[KENT])).body as { versions: { version: number; savedBy: string; fromAgreement: string; agreements: { id: string }[] }[] }
    expect(detail.versions.map((version) => [version.version, version.fromAgreement, version.agreements.map((made) => made.id)])).toEqual([
      [1, sourceId, [draft.id]],
      [2, sourceId, []],
    ])
    expect((await api(app.baseUrl, '/api/v1/templates/kent-traded-services-sla', tokens['commissioner@southend.example'])).status).toBe(404)
  })

  it('refuses a title that names a template everyone is offered, and one already used', async () => {
    const reserved = await send('/api/v1/templates', 'POST', { agreementId: sourceId, title: 'Kent STLS' })
    expect(reserved.status).toBe(400)
    expect((reserved.body as TError).error.details?.fields?.title).toMatch(/names a template everyone is offered/)
    const again = await send('/api/v1/templates', 'POST', { agreementId: sourceId, title: 'Kent traded services SLA' })
    expect(again.status).toBe(400)
    expect((again.body as TError).error.details?.fields?.title).toMatch(/already has a template/)
  })
})
