import { findClause, listRequiredBlanks } from '#clauses/agreement-content'
import { renderAgreementText } from '#clauses/render-document'
import { buildTimeline } from '#clauses/timeline/build-timeline'
import { nottinghamDevolvedFunding } from './index'

const built = nottinghamDevolvedFunding.build()
const text = renderAgreementText({ reference: 'NCC-AP-TEST', version: 1, status: 'draft', ...built })

/** Copied from seed 004. */
const SEED_SENTENCES = [
  'This Agreement commences on the 23rd February 2017 (backdated to 1st April 2016) and continues until 31st March 2018.',
  'Either party may serve notice on the other to terminate this Agreement by giving 2 terms written notice terminating at the end of an Academic Year.',
  'The Authority may terminate this Agreement with immediate effect in the event that the Responsible Body or any individual schools do not comply with the terms of this Agreement.',
  'Where the date falls on a weekend or bank holiday the payment will be paid on the closest working day prior to the 5th.',
  'The Responsible Body will maintain full documentary records of all decisions made for a period of 3 years together with all supporting documentation in relation to the Funding Allocation and will provide such documentation to the Authority on request.',
  'No amendment or variation to the terms and conditions of this Agreement will be effective unless agreed in writing by both parties.',
  'If either party wishes to change the Agreement they will notify the other party of the proposed change who will decide whether or not to accept such change.',
  'For the 2016/2017 financial year only the CRM charge has been agreed below cost at £15,000 per year (on a pro rata basis irrespective of school status).',
  'However, each school will receive at least 43% of their total Funding Allocation.',
]

describe('Nottingham devolved funding template (seed 004)', () => {
  it('commences on 23 February 2017, backdated to 1 April 2016, until 31 March 2018', () => {
    const term = findClause(built.content, 'term', '1.1')?.params
    expect([term?.commencesOn, term?.backdatedTo, term?.endsOn, term?.extension]).toEqual([
      '2017-02-23',
      '2016-04-01',
      '2018-03-31',
      { inWriting: true, runsFor: 'financial_year' },
    ])
  })

  it('ends on 2 terms’ notice at the end of an academic year, or immediately for serious breach', () => {
    const notice = findClause(built.content, 'termination', '9.1')?.params
    expect([notice?.noticeBy, notice?.noticePeriod, notice?.alignment]).toEqual(['either', { amount: 2, unit: 'terms' }, { kind: 'academic_year_end' }])
    expect(findClause(built.content, 'termination', '9.3')?.params.immediateTermination?.by).toBe('authority')
  })

  it('pays three equal instalments on 5 April, 5 September and 5 January, moved to the previous working day', () => {
    const funding = findClause(built.content, 'funding', '3')?.params
    expect(funding?.paymentRule).toEqual({
      kind: 'fixed_dates',
      dates: [
        { day: 5, month: 4 },
        { day: 5, month: 9 },
        { day: 5, month: 1 },
      ],
      moveToPreviousWorkingDay: true,
    })
    expect(funding?.equalInstalments).toBe(true)
    expect(text).toContain('Formula Funding Allocation (July 16) | £63,410.00')
    expect(text).toContain('2017/18 Estimate funding | £72,369.00')
  })

  it('weights the formula 25% primary and 75% secondary, 75% FSM Ever6 and 25% population, with a 43% floor', () => {
    const formula = findClause(built.content, 'funding', '2')?.params.formula
    expect(formula?.splits.map((split) => split.shares.map((share) => share.percentage))).toEqual([
      [25, 75],
      [75, 25],
    ])
    expect(formula?.floorPercentage).toBe(43)
  })

  it('recovers costs at £15,000 a year pro rata and keeps records for 3 years', () => {
    expect(findClause(built.content, 'funding', '4')?.params.costRecovery).toMatchObject({ chargePerYear: 1_500_000, proRata: true })
    const retention = findClause(built.content, 'records-retention', '5.1')?.params
    expect([retention?.period, retention?.countedIn]).toEqual([{ amount: 3, unit: 'years' }, 'years'])
  })

  it('leaves the funding total "£[xxx]" for the drafter', () => {
    expect(listRequiredBlanks(built).map((blank) => blank.message)).toContain('Clause 2.3: Total funding is still blank')
  })

  it('renders the seed key sentences', () => {
    for (const sentence of SEED_SENTENCES) expect(text).toContain(sentence)
  })

  it('drops the backdating when the drafter sets new dates', () => {
    const dated = nottinghamDevolvedFunding.build({ commencesOn: '2026-04-01', endsOn: '2027-03-31' })
    expect(findClause(dated.content, 'term', '1.1')?.params.backdatedTo).toBeUndefined()
    expect(renderAgreementText({ reference: 'T', version: 1, status: 'draft', ...dated })).toContain('This Agreement commences on the 1st April 2026 and continues until 31st March 2027.')
  })
})

describe('Nottingham Schedule 1 paragraph 3 payments', () => {
  it('splits the table’s total of £63,410 for 2016/2017 into three payments, to the penny', () => {
    const built = nottinghamDevolvedFunding.build()
    const payments = buildTimeline({ content: built.content }).filter((entry) => entry.key === 'payment.due' && entry.date <= '2017-03-31')
    expect(payments.map((entry) => entry.amount)).toEqual([2_113_667, 2_113_667, 2_113_666])
    expect(payments.reduce((sum, entry) => sum + (entry.amount ?? 0), 0)).toBe(6_341_000)
  })

  it('pays 2017/18 from the table’s £72,369 estimate for that year, said to be an estimate', () => {
    const built = nottinghamDevolvedFunding.build()
    const payments = buildTimeline({ content: built.content }).filter((entry) => entry.key === 'payment.due' && entry.date >= '2017-04-01')
    // 5 April 2017, 5 September 2017 and 5 January 2018 are all working days; £72,369 / 3 = £24,123.
    expect(payments.map((entry) => [entry.date, entry.amount])).toEqual([
      ['2017-04-05', 2_412_300],
      ['2017-09-05', 2_412_300],
      ['2018-01-05', 2_412_300],
    ])
    expect(payments[0]?.basis).toContain('£72,369.00 for the financial year 2017/18 (the estimate the agreement gives) in 3 equal instalments')
  })
})
