import { bankHolidaysIn, businessDayOnOrBefore, businessDaysAfter, isBusinessDay } from './bank-holidays'

describe('England and Wales bank holidays', () => {
  // The published gov.uk lists. 2026: Boxing Day is a Saturday, so Monday 28 December is the
  // substitute. 2027: Christmas Day and Boxing Day fall on the weekend, so 27 and 28 December.
  // 2028: New Year's Day is a Saturday, so Monday 3 January.
  test.each([
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
    [2028, ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']],
  ])('%i', (year, expected) => {
    expect([...bankHolidaysIn(year).keys()].sort()).toEqual(expected)
  })

  test.each([
    ['2026-11-23', true], // a Monday
    ['2026-11-28', false], // a Saturday
    ['2026-04-03', false], // Good Friday
    ['2026-12-26', false], // Boxing Day on a Saturday: a weekend day, not a business day either way
    ['2026-12-28', false], // Boxing Day (substitute day)
  ])('%s is a business day: %s', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected)
  })

  test.each([
    // Thursday 24 December 2026: Fri 25 Christmas, Sat, Sun, Mon 28 substitute; Tue 29 is the 1st.
    ['2026-12-24', 1, '2026-12-29'],
    // Thursday 2 April 2026: Good Friday 3, weekend, Easter Monday 6; Tue 7 (1) ... Mon 13 (5).
    ['2026-04-02', 5, '2026-04-13'],
  ])('business day %i after %s', (date, count, expected) => {
    expect(businessDaysAfter(date, count)).toBe(expected)
  })

  test.each([
    // Sunday 5 April 2026 (Easter Sunday): Sat 4, then Good Friday 3, so Thursday 2 April.
    ['2026-04-05', '2026-04-02'],
    // Sunday 27 December 2026, before the Monday 28 substitute day: Sat 26, Fri 25 Christmas Day, so Thu 24.
    ['2026-12-27', '2026-12-24'],
    ['2026-11-23', '2026-11-23'],
  ])('closest business day on or before %s', (date, expected) => {
    expect(businessDayOnOrBefore(date)).toBe(expected)
  })
})
