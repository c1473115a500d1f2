import { describe, expect, it } from 'vitest'
import { fundingClause, type TFundingParams } from './funding'

// A placement at £42,750 a year (3 pupils at £14,250), paid monthly: the amounts for part years
// are worked by the same rule as the timeline's payments (see test/agreements/authored-agreements.test.ts).
const placement: TFundingParams = {
  lines: [{ id: 'placement', description: 'Alternative provision placement', pupils: 3, rate: 1_425_000, per: 'pupil' }],
  showTotals: true,
  paymentRule: { kind: 'monthly_in_arrears', dayOfMonth: 20 },
  proRata: { by: 'days' },
}

function wording(funding: TFundingParams, period?: { startsOn?: string; endsOn?: string; recurringUntil?: string }) {
  return fundingClause.render(funding, { parties: [], period }).paragraphs.map((paragraph) => paragraph.text)
}

describe('funding wording: the amount for each part of a year the agreement runs', () => {
  it('states both part years of a September-to-August agreement on financial years, to the penny', () => {
    // 1 Sep 2026-31 Mar 2027 is 212 of 365 days: 4,275,000p x 212 / 365 = 2,483,013.7p -> £24,830.14.
    // 1 Apr-31 Aug 2027 is 153 of the 366 days of 2027/28 (29 February 2028): 4,275,000p x 153 / 366 = 1,787,090.2p -> £17,870.90.
    const paragraphs = wording(placement, { startsOn: '2026-09-01', endsOn: '2027-08-31' })
    expect(paragraphs).toContain('The amount due for 1 September 2026 to 31 March 2027 (£42,750.00 a year pro rata by days: 212 of the 365 days of the financial year 2026/27) is £24,830.14.')
    expect(paragraphs).toContain('The amount due for 1 April 2027 to 31 August 2027 (£42,750.00 a year pro rata by days: 153 of the 366 days of the financial year 2027/28) is £17,870.90.')
  })

  it('states nothing for whole years, nor without a pro-rata rule or the agreement dates', () => {
    expect(wording(placement, { startsOn: '2026-04-01', endsOn: '2028-03-31' }).filter((text) => text.startsWith('The amount due for'))).toEqual([])
    expect(wording({ ...placement, proRata: undefined }, { startsOn: '2026-09-01', endsOn: '2027-08-31' }).filter((text) => text.startsWith('The amount due for'))).toEqual([])
    expect(wording(placement).filter((text) => text.startsWith('The amount due for'))).toEqual([])
  })

  it('states only the first part year of an agreement without an end date (evergreen)', () => {
    // 1 Sep 2026-31 Mar 2027 by complete weeks: 212 days is 30 complete weeks; 4,275,000p x 30 / 52 = 2,466,346.2p -> £24,663.46.
    const paragraphs = wording({ ...placement, proRata: { by: 'weeks' } }, { startsOn: '2026-09-01', recurringUntil: '2029-08-31' }).filter((text) => text.startsWith('The amount due'))
    expect(paragraphs).toEqual(['The amount due for 1 September 2026 to 31 March 2027 (£42,750.00 a year pro rata by complete weeks: 30 of 52 weeks (1 September 2026 to 31 March 2027)) is £24,663.46.'])
  })

  it('says which term dates are missing rather than inventing an amount shared by terms', () => {
    const paragraphs = wording({ ...placement, proRata: { by: 'terms' } }, { startsOn: '2026-09-01', endsOn: '2027-08-31' })
    expect(paragraphs).toContain('The amount due for the first part year is worked out by terms once the 2026/27 term dates are entered on the Authority’s term calendar.')
  })
})
