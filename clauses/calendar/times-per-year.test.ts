import { kentTermDates } from './term-dates/kent'
import { southendTermDates } from './term-dates/southend'
import { reportsPerYear, termsForReports } from './times-per-year'

// Southend clause 9: KPIs reported "termly (3 times a year)". On Kent's six-term calendar that is
// every second term, not six reports (issue 20).
test.each([
  [6, 3, [2, 4, 6]],
  [6, 2, [3, 6]],
  [6, 1, [6]],
  [6, 4, [2, 3, 5, 6]],
  [3, 3, [1, 2, 3]],
  [3, 6, [1, 2, 3]],
])('%i terms, %i a year: terms %j', (terms, times, expected) => {
  expect(termsForReports(terms, times)).toEqual(expected)
})

it('three a year on Kent’s calendar for 2026/27: the ends of Terms 2, 4 and 6', () => {
  const dues = reportsPerYear({ timesPerYear: 3, from: '2026-09-01', to: '2027-08-31', termCalendar: kentTermDates.calendar, clause: '9' })
  expect(dues.map((due) => due.date)).toEqual(['2026-12-18', '2027-03-25', '2027-07-21'])
  expect(dues[0].basis).toBe('Three times a year over the 6 terms: at the end of terms 2, 4 and 6 on the Kent County Council term calendar; Term 2 2026/27 ends 18 December 2026 (clause 9)')
})

it('three a year on a three-term calendar is once a term', () => {
  const dues = reportsPerYear({ timesPerYear: 3, from: '2026-09-01', to: '2027-08-31', termCalendar: southendTermDates.calendar, clause: '9' })
  expect(dues).toHaveLength(3)
  expect(dues[0].basis).toMatch(/^Three times a year on the Southend-on-Sea City Council term calendar; /)
})

it('a period after the term is counted from each chosen term’s end', () => {
  const dues = reportsPerYear({ timesPerYear: 2, after: { amount: 10, unit: 'business_days' }, from: '2026-09-01', to: '2027-08-31', termCalendar: kentTermDates.calendar, clause: '9' })
  // Term 3 ends Friday 12 February 2027: 10 working days later is Friday 26 February. Term 6 ends
  // Wednesday 21 July 2027: 10 working days later is Wednesday 4 August.
  expect(dues.map((due) => due.date)).toEqual(['2027-02-26', '2027-08-04'])
})
