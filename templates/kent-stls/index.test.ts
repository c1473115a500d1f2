import { findClause, listRequiredBlanks } from '#clauses/agreement-content'
import { renderAgreementText } from '#clauses/render-document'
import { kentStls } from './index'

const built = kentStls.build()
const text = renderAgreementText({ reference: 'KCC-STLS-TEST', version: 1, status: 'draft', ...built })

/** Copied from seed 003. */
const SEED_SENTENCES = [
  'This Agreement may be terminated by either party, before the period end date, by providing 6 months notification in writing.',
  'This Agreement may be terminated immediately if there is a serious persistent breach of conditions which cannot be resolved by both parties.',
  '16.1.1 if sent by pre-paid first class post, on the second business day after the date of posting;',
  'provided that if it is delivered by hand or sent by facsimile on a day which is not a business day or after 4.00 pm on a business day, it will instead be deemed given or made on the next business day.',
  'Headteachers of SLA holding special schools are responsible for ensuring 6 termly Local Activity Reports are submitted during an academic year.',
  'Key Performance Indicators will be reported termly, using the template in Appendix 1',
]

describe('Kent STLS template (seed 003)', () => {
  it('ends on 6 months’ written notice, or immediately for a serious persistent breach', () => {
    expect(findClause(built.content, 'termination', '14')?.params).toEqual({
      noticeBy: 'either',
      noticePeriod: { amount: 6, unit: 'months' },
      alignment: { kind: 'none' },
      effect: 'terminates_agreement',
      inWriting: true,
      immediateTermination: { by: 'either', grounds: 'if there is a serious persistent breach of conditions which cannot be resolved by both parties' },
      byMutualAgreement: false,
    })
  })

  it('deems post served on the second business day and hand or fax after 4 pm on the next', () => {
    expect(findClause(built.content, 'notices', '16.1')?.params.deemedService).toEqual([
      { method: 'post', businessDaysAfter: 2 },
      { method: 'hand', businessDaysAfter: 0, cutOffTime: '16:00' },
      { method: 'fax', businessDaysAfter: 0, cutOffTime: '16:00' },
    ])
  })

  it('asks for 6 termly Local Activity Reports a year', () => {
    const report = findClause(built.content, 'reporting', '13.3')?.params.reports[0]
    expect([report?.name, report?.frequency, report?.timesPerYear, report?.due]).toEqual(['Local Activity Report', 'termly', 6, { kind: 'termly' }])
  })

  it('rates KPIs green from 75%, amber 70-74% and red below 70%', () => {
    const kpis = built.content.sections.find((section) => section.id === 'appendix-1')?.clauses[0]
    expect(kpis?.kind === 'kpis' && kpis.params.ragBands).toEqual({ greenFrom: 75, amberFrom: 70 })
    expect(kpis?.kind === 'kpis' && kpis.params.indicators.filter((indicator) => indicator.ragRated).map((indicator) => indicator.reference)).toEqual([
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '4.2',
    ])
    expect(text).toContain('Green 75% +; Amber 70-74%; Red below 70%')
  })

  it('leaves the seed’s "xxx" blanks for the drafter', () => {
    const blanks = listRequiredBlanks(built).map((blank) => blank.path)
    expect(blanks).toEqual(
      expect.arrayContaining([
        'parties.1.name',
        'content.sections.1.clauses.0.params.commencesOn',
        'content.sections.1.clauses.0.params.endsOn',
        'content.sections.1.clauses.1.params.totalAmount',
      ]),
    )
  })

  it('renders the seed key sentences', () => {
    for (const sentence of SEED_SENTENCES) expect(text).toContain(sentence)
  })

  it('writes the drafter’s period into clause 1.1', () => {
    const dated = kentStls.build({ commencesOn: '2026-04-01', endsOn: '2027-03-31' })
    expect(renderAgreementText({ reference: 'T', version: 1, status: 'draft', ...dated })).toContain('for the period 1 April 2026 – 31 March 2027.')
  })
})
