import { findClause } from '#clauses/agreement-content'
import { renderAgreementText } from '#clauses/render-document'
import { southendApPathways } from './index'

const built = southendApPathways.build()
const text = renderAgreementText({ reference: 'SBC-AP-TEST', version: 1, status: 'draft', ...built })

/** Copied from seed 001. */
const SEED_SENTENCES = [
  'This agreement is between Southend Borough Council (LA) and Parallel Learning Trust (PLT).',
  'The agreement will commence on 1st February 2017 and end on 31st March 2019.',
  "KPI's to be monitored and reported to the LA on a termly basis (3 times a year).",
  'Top up is paid at 85% each month.',
  'Victory Park Alternative Provision to invoice the Local Authority on a monthly basis who will pay the funds monthly in arrears on the 20th of each month.',
  'The agreement should be reviewed a minimum of once per year, however in lieu of any review in any period, this agreement shall remain in effect.',
]

describe('Southend AP Pathways template (seed 001)', () => {
  it('runs from 1 February 2017 to 31 March 2019 with an annual review', () => {
    expect(findClause(built.content, 'term', '10')?.params).toEqual({
      commencesOn: '2017-02-01',
      endsOn: '2019-03-31',
      review: { frequency: 'annual', continuesWithoutReview: true },
    })
  })

  it('reports KPIs termly, three times a year, with the measures’ percentage targets', () => {
    const kpis = findClause(built.content, 'kpis', '9')
    expect(kpis?.params.reporting).toEqual({ due: { kind: 'termly' }, timesPerYear: 3, to: 'the LA' })
    expect(kpis?.params.indicators).toHaveLength(11)
    expect(kpis?.params.indicators.flatMap((indicator) => indicator.targets.map((target) => `${target.comparison} ${target.percentage}`))).toEqual([
      'at_least 70',
      'at_least 85',
      'at_least 95',
      'at_least 90',
      'below 7',
      'below 10',
      'at_least 100',
      'at_least 100',
    ])
  })

  it('funds 75 places at £10,000 and an £8,000 top-up paid at 85% monthly in arrears on the 20th', () => {
    const funding = findClause(built.content, 'funding', '12')
    expect(funding?.params.paymentRule).toEqual({ kind: 'monthly_in_arrears', dayOfMonth: 20 })
    expect(funding?.params.lines.map((line) => [line.places, line.rate, line.paidPercentage])).toEqual([
      [75, 1_000_000, undefined],
      [51, 800_000, 85],
      [6, 800_000, undefined],
      [18, 800_000, undefined],
    ])
  })

  it('computes the funding table, correcting the seed’s "346,8600" to £346,800.00', () => {
    // 51 x £8,000 = £408,000, at 85% = £346,800; totals £1,350,000 at 100% and £1,288,800 as paid.
    expect(text).toContain('Single band PRU places | 51 | £8,000.00 | £408,000.00 | £346,800.00')
    expect(text).toContain('Total |  |  | £1,350,000.00 | £1,288,800.00')
    expect(text).not.toContain('346,8600')
  })

  it('renders the seed key sentences', () => {
    for (const sentence of SEED_SENTENCES) expect(text).toContain(sentence)
  })

  it('uses the drafter’s dates in place of the seed’s', () => {
    const dated = southendApPathways.build({ commencesOn: '2026-04-01', endsOn: '2028-03-31' })
    const datedText = renderAgreementText({ reference: 'T', version: 1, status: 'draft', ...dated })
    expect(datedText).toContain('The agreement will commence on 1st April 2026 and end on 31st March 2028.')
    expect(datedText).toContain('This agreement runs till 31 March 2028 in the first instance')
    expect(datedText).not.toContain('1st February 2017')
  })
})
