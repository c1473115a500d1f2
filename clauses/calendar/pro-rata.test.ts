import { kentTermDates } from './term-dates/kent'
import { proRata, shareOf, type ProRataOptions } from './pro-rata'

// Worked by hand: an alternative-provision placement for 2 pupils at £18,000 per pupil per year
// (£36,000 a year), running 1 September 2026 to 31 August 2027 and paid by financial year, so in
// two part years: 1 September 2026 - 31 March 2027 and 1 April - 31 August 2027.
const yearly = 3_600_000
const autumnToMarch = { yearly, from: '2026-09-01', to: '2027-03-31', yearFrom: '2026-04-01', yearTo: '2027-03-31', yearName: 'the financial year 2026/27' }
const aprilToAugust = { yearly, from: '2027-04-01', to: '2027-08-31', yearFrom: '2027-04-01', yearTo: '2028-03-31', yearName: 'the financial year 2027/28' }

function amount(options: Omit<ProRataOptions, 'by'>, by: ProRataOptions['by']) {
  return proRata({ ...options, by, termCalendar: kentTermDates.calendar })
}

describe('by days', () => {
  it('212 of the 365 days of 2026/27: £36,000 × 212 / 365 = £20,909.589…, so £20,909.59', () => {
    expect(amount(autumnToMarch, 'days')).toEqual({ amount: 2_090_959, detail: '£36,000.00 a year pro rata by days: 212 of the 365 days of the financial year 2026/27' })
  })
  it('153 of the 366 days of 2027/28 (29 February 2028): £36,000 × 153 / 366 = £15,049.180…, so £15,049.18', () => {
    expect(amount(aprilToAugust, 'days').amount).toBe(1_504_918)
  })
})

describe('by complete weeks', () => {
  it('212 days hold 30 complete weeks: £36,000 × 30 / 52 = £20,769.230…, so £20,769.23', () => {
    expect(amount(autumnToMarch, 'weeks')).toEqual({ amount: 2_076_923, detail: '£36,000.00 a year pro rata by complete weeks: 30 of 52 weeks (1 September 2026 to 31 March 2027)' })
  })
  it('153 days hold 21 complete weeks: £36,000 × 21 / 52 = £14,538.461…, so £14,538.46', () => {
    expect(amount(aprilToAugust, 'weeks').amount).toBe(1_453_846)
  })
})

describe('by terms, on Kent’s six-term calendar', () => {
  it('Terms 1 to 4 of 2026/27 are 4 of the 6 terms starting in 2026/27: £24,000.00', () => {
    // Starting 1 April 2026 - 31 March 2027: 2025/26 Terms 5 and 6, 2026/27 Terms 1 to 4.
    expect(amount(autumnToMarch, 'terms')).toEqual({
      amount: 2_400_000,
      detail: '£36,000.00 a year pro rata by terms: 4 of the 6 terms starting in the financial year 2026/27 on the Kent County Council term calendar (Term 1 2026/27, Term 2 2026/27, Term 3 2026/27, Term 4 2026/27)',
    })
  })
  it('Terms 5 and 6 of 2026/27 are 2 of the 6 terms starting in 2027/28: £12,000.00', () => {
    expect(amount(aprilToAugust, 'terms').amount).toBe(1_200_000)
  })
})

it('rounds to the nearest penny, a half penny up', () => {
  expect(shareOf(5, 1, 2)).toBe(3)
  expect(shareOf(3, 1, 2)).toBe(2)
  expect(shareOf(100, 1, 3)).toBe(33)
  expect(shareOf(200, 1, 3)).toBe(67)
})
