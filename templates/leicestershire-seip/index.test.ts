import { findClause } from '#clauses/agreement-content'
import { renderAgreementDocument, renderAgreementText } from '#clauses/render-document'
import { leicestershireSeip } from './index'

const built = leicestershireSeip.build()
const text = renderAgreementText({ reference: 'LCC-SEIP-TEST', version: 1, status: 'draft', ...built })

/** Copied from seed 002. */
const SEED_SENTENCES = [
  'This Agreement commences on the 1st September 2018 and continues until the 31st July 2020, subject to annual review by the SEIP Executive Steering Group.',
  'Either party may serve notice on the other to terminate this Agreement by giving 12 months written notice terminating at the end of an academic year.',
  'The funding allocation will be paid by termly instalments in advance and processed through the BACS system.',
  'The SEIP will publish an annual budget plan no later than October half term of each year detailing how the funding allocation will be used in that academic year.',
  'The SEIP will produce by 31st March each year an Annual Expenditure Report showing expenditure against the funding allocation for the previous academic year',
  'The SEIP will maintain full documentary records of all decisions made for a period of 7 financial years (including current) together with all supporting documentation in relation to the funding allocation and will provide such documentation to the Authority or the Authority’s internal and external auditors on request.',
  'This Agreement is made and shall be governed by and construed in accordance with English Law and the parties irrevocably submit to the jurisdiction of the English Courts.',
  'A member school, including the Lead School, may withdraw from the Partnership by serving 3 years’ notice on the Lead School of the Partnership for the time being, such notice period to end on 5th April.',
]

describe('Leicestershire SEIP template (seed 002)', () => {
  it('ends on 12 months’ notice terminating at the end of an academic year', () => {
    const notice = findClause(built.content, 'termination', '17.1')?.params
    expect([notice?.noticeBy, notice?.noticePeriod, notice?.alignment, notice?.inWriting]).toEqual([
      'either',
      { amount: 12, unit: 'months' },
      { kind: 'academic_year_end' },
      true,
    ])
    expect(findClause(built.content, 'termination', '17.2')?.params.orReasonableNotice).toBe(true)
  })

  it('pays termly in advance, with clawback', () => {
    expect(findClause(built.content, 'funding', '4.1')?.params.paymentRule).toEqual({ kind: 'termly_in_advance', withinFirstWeek: true })
    // Clause 2.3's "first week of the academic term" is the same payment: one payment rule, one payment a term.
    const paying = built.content.sections.flatMap((section) => section.clauses).filter((clause) => clause.kind === 'funding' && clause.params.paymentRule !== undefined)
    expect(paying.map((clause) => clause.number)).toEqual(['4.1'])
    expect(findClause(built.content, 'funding', '17.5')?.params.clawback).toBeDefined()
    expect(findClause(built.content, 'funding', '6.1')?.params.charges?.[0].amount).toBe(400_000)
  })

  it('has the budget plan by October half term and the Annual Expenditure Report by 31 March', () => {
    expect(findClause(built.content, 'reporting', '8.1')?.params.reports[0].due).toEqual({ kind: 'by_october_half_term' })
    expect(findClause(built.content, 'reporting', '8.6')?.params.reports[0].due).toEqual({ kind: 'annual_fixed_day', day: 31, month: 3 })
  })

  it('keeps records for 7 financial years including the current one', () => {
    const retention = findClause(built.content, 'records-retention', '10.1')?.params
    expect([retention?.period, retention?.countedIn, retention?.includesCurrentYear]).toEqual([{ amount: 7, unit: 'years' }, 'financial_years', true])
  })

  it('carries the MOU as Schedule 3 with its dispute stages and notice periods', () => {
    expect(findClause(built.content, 'dispute-resolution', '9.3')?.params.stages.map((stage) => [stage.forum, stage.timeLimit, stage.finalAndBinding])).toEqual([
      ['the Partnership, led by the Chair of the Partnership', { amount: 4, unit: 'weeks' }, false],
      ['the SEIP Executive Steering Group', undefined, true],
    ])
    expect(findClause(built.content, 'termination', '10.2.2')?.params.noticePeriod).toEqual({ amount: 6, unit: 'months' })
    expect(built.content.sections.filter((section) => section.kind === 'schedule').map((section) => section.number)).toEqual(['1', '2', '3', '4'])
  })

  it('renders the seed key sentences', () => {
    for (const sentence of SEED_SENTENCES) expect(text).toContain(sentence)
  })

  it('is signed for the Lead School by the Headteacher and Chair of Governors, and for the Authority', () => {
    const signatures = renderAgreementDocument({ reference: 'T', version: 1, status: 'draft', ...built }).blocks.find((block) => block.type === 'signatures')
    expect(signatures?.type === 'signatures' && signatures.signatories.map((slot) => slot.role)).toEqual([
      'Headteacher of the Lead School',
      'Chair of Governors of the Lead School',
      'Officer of Leicestershire County Council',
    ])
  })
})
