import { describe, expect, it } from 'vitest'
import { documentFrom, type TestLine } from '#test/support/import-document'
import { validateAgreementDraft } from '../agreement-content'
import { buildImportedAgreement } from './build-agreement'
import { recogniseTerms } from './recognise-terms'
import { structureDocument } from './structure'

function imported(lines: TestLine[]) {
  const structure = structureDocument(documentFrom(lines))
  return { structure, ...recogniseTerms(structure) }
}

function build(lines: TestLine[], accept: (kind: string) => boolean) {
  const document = imported(lines)
  const accepted = document.proposals.filter((proposal) => accept(proposal.kind) && proposal.issues.length === 0).map((proposal) => ({ proposal, params: proposal.params }))
  return buildImportedAgreement(document.structure, document.parties, accepted)
}

const TERMINATION: TestLine[] = [
  '14. Termination',
  'The parties will review the service each year.',
  'This Agreement may be terminated by either party by providing 6 months notification in writing.',
  'The parties will co-operate in any handover.',
  'Any equipment will be returned within 10 working days.',
]

describe('the agreement an import becomes', () => {
  it('keeps a clause as free text, numbered as the document numbers it, when its proposal is not accepted', () => {
    const { content } = build(TERMINATION, () => false)
    expect(content.sections[0]).toMatchObject({ number: '14', heading: 'Termination', kind: 'section' })
    expect(content.sections[0].clauses).toEqual([
      {
        id: 's1.c1',
        kind: 'free-text',
        number: '14',
        heading: '',
        params: {
          paragraphs: [
            { text: 'The parties will review the service each year.' },
            { text: 'This Agreement may be terminated by either party by providing 6 months notification in writing.' },
            { text: 'The parties will co-operate in any handover.' },
            { text: 'Any equipment will be returned within 10 working days.' },
          ],
        },
      },
    ])
  })

  it('types the accepted sentences with the document’s own words, keeps words without figures with them, and leaves other figures as text', () => {
    const { content } = build(TERMINATION, (kind) => kind === 'termination')
    expect(content.sections[0].clauses.map((clause) => [clause.kind, clause.number, clause.kind === 'free-text' ? clause.params.paragraphs.map((paragraph) => paragraph.text) : clause.text])).toEqual([
      ['free-text', '14', ['The parties will review the service each year.']],
      ['termination', '', 'This Agreement may be terminated by either party by providing 6 months notification in writing.\n\nThe parties will co-operate in any handover.'],
      ['free-text', '', ['Any equipment will be returned within 10 working days.']],
    ])
    expect(content.sections[0].clauses[1]).toMatchObject({ params: { noticeBy: 'either', noticePeriod: { amount: 6, unit: 'months' }, inWriting: true } })
  })

  it('uses the values as the person edited them', () => {
    const document = imported(TERMINATION)
    const proposal = document.proposals.find((candidate) => candidate.kind === 'termination')
    if (!proposal) throw new Error('no termination proposal')
    const { content } = buildImportedAgreement(document.structure, document.parties, [{ proposal, params: { ...proposal.params, noticePeriod: { amount: 3, unit: 'months' } } }])
    expect(content.sections[0].clauses[1]).toMatchObject({ kind: 'termination', params: { noticePeriod: { amount: 3, unit: 'months' } } })
  })

  it('keeps a KPI table the person accepted as typed KPIs and as the document’s own table, and adds signature blocks after the words', () => {
    const lines: TestLine[] = [
      'This AGREEMENT is made BETWEEN',
      'BETWEEN',
      'Kent County Council (“KCC”)',
      'and',
      'The Governing Body of Oak School (“the School”)',
      '8. Monitoring',
      '8.1 Key Performance Indicators will be reported termly.',
      { table: [['Performance Indicators', 'Target'], ['Attendance', '95%']] },
      '20. Signatures',
      'Signed for and on behalf of Kent County Council',
      'Print name',
    ]
    const built = build(lines, () => true)
    const monitoring = built.content.sections.find((section) => section.number === '8')
    expect(monitoring?.clauses.slice(-2).map((clause) => clause.kind)).toEqual(['kpis', 'table'])
    const signatures = built.content.sections.find((section) => section.number === '20')
    expect(signatures?.clauses.map((clause) => clause.kind)).toEqual(['free-text', 'signature-block'])
    expect(validateAgreementDraft({ parties: built.parties, content: built.content })).toMatchObject({ success: true })
  })

  it('makes a later term clause restate the one that dates the term, so the term counts once', () => {
    const { content } = build(['TERM OF AGREEMENT', 'This agreement shall commence on 1 April 2024 and remain in place for a period of three full calendar years.', 'Schedule 1 - Specification', '2. Timescale', 'The duration of the contract is three years.'], (kind) => kind === 'term')
    const terms = content.sections.flatMap((section) => section.clauses).filter((clause) => clause.kind === 'term')
    expect(terms.map((clause) => clause.kind === 'term' && clause.params.restatesClause)).toEqual([undefined, 'TERM OF AGREEMENT'])
  })
})
