import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { startApp, type TRunningApp } from '#test/support/app'
import { api, confirmProposals, createToken, signedIn, type TestClient } from '#test/support/client'
import { EXAMPLE_LOCAL_OFFER_DETAILS } from '#test/support/seip-local-offer'
import { formFields, visibleText } from './html-form'

// Decision record 006 through the API and the pages: a clause's words follow its values into the
// DOCX and PDF, words that state other figures are flagged and block legal review until fixed or
// accepted by legal, and an agreement's named details and parties are written as the seed has them.

type TClause = { id: string; kind: string; params: Record<string, unknown>; text?: string; proposals?: string[] }
type TClauseWording = { clauseId: string; text: string; differences: string[]; flag: string | null; accepted: { comment: string } | null }
type TAgreementJson = {
  id: string
  partyDetails: { id: string; name: string; noticeAddress?: string }[]
  content: { sections: { clauses: TClause[] }[]; details?: { key: string; value: string }[] }
  wording: { readyForReview: boolean; clauses: TClauseWording[] }
  review: { wordingAcceptances: { clauseId: string; comment: string; differences: string[] }[] }
}
type TError = { error: { details?: { fields?: Record<string, string> } } }

const KENT_PRU = 'North West Kent Alternative Provision Service Management Committee'
const BREACH_WORDS = 'Where either party believe the agreement has been breached in whole or in part, or where performance targets have not been met and resolution cannot be made the agreement may be terminated upon the tendering of'

let app: TRunningApp
let commissioner: TestClient
let leicestershire: TestClient
const tokens: Record<string, string> = {}
let kentPruId = ''

beforeAll(async () => {
  app = await startApp()
  commissioner = await signedIn(app.baseUrl, 'commissioner@kent.example')
  tokens.commissioner = await createToken(commissioner)
  tokens.legal = await createToken(await signedIn(app.baseUrl, 'legal@kent.example'))
  tokens.southend = await createToken(await signedIn(app.baseUrl, 'commissioner@southend.example'))
  leicestershire = await signedIn(app.baseUrl, 'commissioner@leicestershire.example')
  tokens.leicestershire = await createToken(leicestershire)
  const organisations = (await api(app.baseUrl, '/api/v1/organisations', tokens.commissioner)).body as { id: string; name: string }[]
  kentPruId = organisations.find((organisation) => organisation.name === KENT_PRU)?.id ?? ''
})

afterAll(async () => {
  await app?.stop()
})

function json(token: string, path: string, method: string, body: unknown) {
  return api(app.baseUrl, path, token, { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
}

async function draft(template: string, token = tokens.commissioner, extra: Record<string, unknown> = {}) {
  const response = await json(token, '/api/v1/agreements', 'POST', { template, commencesOn: '2026-09-01', ...extra })
  expect(response.status).toBe(201)
  return response.body as TAgreementJson
}

async function getAgreement(id: string) {
  return (await api(app.baseUrl, `/api/v1/agreements/${id}`, tokens.commissioner)).body as TAgreementJson
}

function breachClause(agreement: TAgreementJson) {
  const clause = agreement.content.sections.flatMap((section) => section.clauses).find((candidate) => candidate.kind === 'termination' && candidate.text?.startsWith(BREACH_WORDS))
  if (!clause) throw new Error('No termination-for-breach clause')
  return clause
}

async function download(id: string, file: 'document.docx' | 'document.pdf', token = tokens.commissioner) {
  const response = await fetch(new URL(`/api/v1/agreements/${id}/${file}`, app.baseUrl), { headers: { Authorization: `Bearer ${token}` } })
  expect(response.status).toBe(200)
  return new Uint8Array(await response.arrayBuffer())
}

async function docxText(id: string, token = tokens.commissioner) {
  const zip = await JSZip.loadAsync(await download(id, 'document.docx', token))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')
}

async function pdfText(id: string, token = tokens.commissioner) {
  const directory = mkdtempSync(join(tmpdir(), 'wording-'))
  try {
    const path = join(directory, 'agreement.pdf')
    writeFileSync(path, await download(id, 'document.pdf', token))
    return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

describe('the words follow the values', () => {
  test('API: a 3-month notice period is written into the Kent PRU wording, the DOCX and the PDF', async () => {
    const agreement = await draft('kent-pru-sla', tokens.commissioner, { parties: [kentPruId] })
    const clause = breachClause(agreement)
    const patched = await json(tokens.commissioner, `/api/v1/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`, 'PATCH', {
      params: { ...clause.params, noticePeriod: { amount: 3, unit: 'months' } },
    })
    expect(patched.status).toBe(200)
    const wording = (patched.body as TAgreementJson).wording.clauses.find((entry) => entry.clauseId === clause.id)
    expect(wording).toMatchObject({ text: `${BREACH_WORDS} three months notice.`, differences: [], flag: null })
    expect(await docxText(agreement.id)).toContain(`${BREACH_WORDS} three months notice.`)
    const pdf = await pdfText(agreement.id)
    expect(pdf).toContain('tendering of three months notice')
    expect(pdf).not.toContain('tendering of six months notice')
  })

  test('form: saving a notice period of 4 months on the clause page changes the PDF', async () => {
    const agreement = await draft('kent-pru-sla', tokens.commissioner, { parties: [kentPruId] })
    const editPath = `/agreements/${agreement.id}/clauses/${encodeURIComponent(breachClause(agreement).id)}`
    const fields = formFields((await commissioner.get(editPath)).text)
    expect((await commissioner.post(editPath, { ...fields, 'params.noticePeriod.amount': '4' })).status).toBe(302)
    expect(await pdfText(agreement.id)).toContain('tendering of four months notice')
  })
})

describe('words that differ from the terms', () => {
  test('are flagged in the API and on the pages, block legal review, and legal accepting them with a comment clears the block', async () => {
    const agreement = await draft('kent-pru-sla', tokens.commissioner, { parties: [kentPruId] })
    await confirmProposals(app.baseUrl, tokens.commissioner, agreement)
    const clause = breachClause(agreement)
    const clausePath = `/api/v1/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`
    const patched = await json(tokens.commissioner, clausePath, 'PATCH', {
      params: { ...clause.params, noticePeriod: { amount: 3, unit: 'months' } },
      text: `${BREACH_WORDS} 6 months notice.`,
    })
    expect(patched.status).toBe(200)
    const flagged = (await getAgreement(agreement.id)).wording.clauses.find((entry) => entry.clauseId === clause.id)
    expect(flagged?.flag).toBe('wording differs from its terms')
    expect(flagged?.differences.join(' ')).toMatch(/6 months/)
    expect(visibleText((await commissioner.get(`/agreements/${agreement.id}`)).text)).toContain('wording differs from its terms')

    const transitions = `/api/v1/agreements/${agreement.id}/transitions`
    const refused = await json(tokens.commissioner, transitions, 'POST', { to: 'in_legal_review' })
    expect(refused.status).toBe(400)
    expect(Object.values((refused.body as TError).error.details?.fields ?? {}).join(' ')).toMatch(/6 months/)

    const acceptance = `${clausePath}/wording-acceptance`
    expect((await json(tokens.commissioner, acceptance, 'POST', { comment: 'Fine' })).status).toBe(403)
    expect((await json(tokens.legal, acceptance, 'POST', { comment: '' })).status).toBe(400)
    const accepted = await json(tokens.legal, acceptance, 'POST', { comment: 'Six months stands until the variation is signed.' })
    expect(accepted.status).toBe(200)
    const after = accepted.body as TAgreementJson
    expect(after.review.wordingAcceptances).toMatchObject([{ clauseId: clause.id, comment: 'Six months stands until the variation is signed.' }])
    expect(after.wording.clauses.find((entry) => entry.clauseId === clause.id)).toMatchObject({ flag: null, accepted: { comment: 'Six months stands until the variation is signed.' } })
    expect((await json(tokens.commissioner, transitions, 'POST', { to: 'in_legal_review' })).status).toBe(200)
  })

  test('an acceptance holds only for the differences accepted: a new one flags the clause again', async () => {
    const agreement = await draft('kent-pru-sla', tokens.commissioner, { parties: [kentPruId] })
    const clause = breachClause(agreement)
    const clausePath = `/api/v1/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}`
    const params = { ...clause.params, noticePeriod: { amount: 3, unit: 'months' } }
    await json(tokens.commissioner, clausePath, 'PATCH', { params, text: `${BREACH_WORDS} 6 months notice.` })
    expect((await json(tokens.legal, `${clausePath}/wording-acceptance`, 'POST', { comment: 'Accepted for now.' })).status).toBe(200)
    await json(tokens.commissioner, clausePath, 'PATCH', { params, text: `${BREACH_WORDS} 9 months notice.` })
    const wording = (await getAgreement(agreement.id)).wording.clauses.find((entry) => entry.clauseId === clause.id)
    expect(wording).toMatchObject({ flag: 'wording differs from its terms', accepted: null })
  })
})

describe('details and parties as the seed has them', () => {
  test('API: the Kent STLS District is a blank until set, then written wherever the seed names it', async () => {
    const agreement = await draft('kent-stls', tokens.commissioner, { endsOn: '2027-08-31' })
    const before = await getAgreement(agreement.id)
    expect(before.wording.readyForReview).toBe(false)
    expect(before.wording.clauses.some((entry) => entry.text.includes('Kent Local Authority [district] District'))).toBe(true)

    const path = `/api/v1/agreements/${agreement.id}/parties`
    const unknown = await json(tokens.commissioner, path, 'PATCH', { details: { county: 'Kent' } })
    expect(unknown.status).toBe(400)
    expect((unknown.body as TError).error.details?.fields?.['details.county']).toBe('This agreement has no detail called "county"')

    const saved = await json(tokens.commissioner, path, 'PATCH', { details: { district: 'Canterbury' } })
    expect(saved.status).toBe(200)
    expect((saved.body as TAgreementJson).content.details).toMatchObject([{ key: 'district', value: 'Canterbury' }])
    const text = await docxText(agreement.id)
    expect(text).toContain('within the Kent Local Authority Canterbury District for the period 1 September 2026 – 31 August 2027')
    expect(text).toContain('The Canterbury Local Inclusion Forum Team (LIFT) Executive')
    expect(text).not.toContain('xxx')
  })

  test('API: Leicestershire SEIP Schedule 2’s partnership, Chair and Co-ordinator are blanks that hold back legal review until filled, then written into the DOCX and PDF', async () => {
    const agreement = await draft('leicestershire-seip', tokens.leicestershire, { endsOn: '2028-07-31' })
    const transitions = `/api/v1/agreements/${agreement.id}/transitions`
    const refused = await json(tokens.leicestershire, transitions, 'POST', { to: 'in_legal_review' })
    expect(refused.status).toBe(400)
    const fields = (refused.body as TError).error.details?.fields ?? {}
    expect(Object.values(fields)).toEqual(expect.arrayContaining(['Enter the partnership name', 'Enter the chair’s name', 'Enter the co-ordinator’s name']))
    expect(await docxText(agreement.id, tokens.leicestershire)).toContain('The Chair of [partnership name] is [chair’s name], who is [chair’s title and school or college].')

    expect((await json(tokens.leicestershire, `/api/v1/agreements/${agreement.id}/parties`, 'PATCH', { details: EXAMPLE_LOCAL_OFFER_DETAILS })).status).toBe(200)
    const retried = await json(tokens.leicestershire, transitions, 'POST', { to: 'in_legal_review' })
    expect(Object.keys((retried.body as TError).error?.details?.fields ?? {}).filter((path) => path.startsWith('content.details'))).toEqual([])
    const text = await docxText(agreement.id, tokens.leicestershire)
    expect(text).toContain('The Chair of Example Inclusion Partnership is Pat Example, who is Headteacher of Alpha College.')
    expect(text).toContain('Example Inclusion Partnership’s work with pupils with challenging behaviour')
    expect(text).not.toMatch(/<insert/i)
    // The pages name Schedule 2's sections as the document prints them, not by their slot.
    const clausePage = visibleText((await leicestershire.get(`/agreements/${agreement.id}/clauses/schedule-2.2`)).text)
    expect(clausePage).toContain('Edit 2 Example Inclusion Partnership’s work with pupils with challenging behaviour')
    const agreementPage = visibleText((await leicestershire.get(`/agreements/${agreement.id}`)).text)
    expect(agreementPage).toContain('2 Example Inclusion Partnership’s work with pupils with challenging behaviour')
    expect(agreementPage).not.toContain('{{detail.')
    const pdf = await pdfText(agreement.id, tokens.leicestershire)
    expect(pdf).toContain('Additional Funding will be considered if the BP can demonstrate that it is spending the Age Weighted Pupil Unit plus a further £6000 on provision for the pupil.')
  })

  test('Kent STLS states Kent County Council’s address; Kent PRU, whose seed gives none, states none', async () => {
    const stls = await draft('kent-stls', tokens.commissioner, { endsOn: '2027-08-31' })
    expect(stls.partyDetails.find((party) => party.id === 'authority')?.noticeAddress).toBe('County Hall, Maidstone, Kent ME14 1XQ')
    expect(await docxText(stls.id)).toContain('of County Hall, Maidstone, Kent ME14 1XQ')
    const pru = await draft('kent-pru-sla', tokens.commissioner, { parties: [kentPruId] })
    expect(pru.partyDetails.map((party) => party.noticeAddress ?? null)).toEqual([null, null])
  })

  test('a Southend agreement names the council as its seed does, Southend Borough Council', async () => {
    const agreement = await draft('southend-ap-pathways', tokens.southend, { endsOn: '2028-03-31' })
    expect(agreement.partyDetails.find((party) => party.id === 'authority')?.name).toBe('Southend Borough Council')
    const text = await docxText(agreement.id, tokens.southend)
    expect(text).toContain('This agreement is between Southend Borough Council (LA) and')
    expect(text).toContain('Signed for and on behalf of\nSouthend Borough Council')
    expect(text).not.toContain('Southend-on-Sea City Council')
  })
})
