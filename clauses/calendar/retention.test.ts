import { retainUntil } from './retention'

describe('retainUntil', () => {
  test.each<[string, string, number, 'financial_years' | 'years', boolean, string]>([
    // Leicestershire SEIP 10.1, "7 financial years (including current)": ends 31 August 2028, in the
    // financial year to 31 March 2029 (year 1); year 7 ends 31 March 2035.
    ['SEIP 7 financial years including current', '2028-08-31', 7, 'financial_years', true, '2035-03-31'],
    // 7 financial years after the end of the financial year the agreement ends in: 31 March 2029 + 7 years.
    ['7 financial years after that financial year', '2028-08-31', 7, 'financial_years', false, '2036-03-31'],
    // Ending on 31 March 2029 itself: that financial year is the one ending that day.
    ['ending on 31 March', '2029-03-31', 7, 'financial_years', false, '2036-03-31'],
    // Nottingham 5.1: 3 years from 31 March 2028.
    ['Nottingham 3 years', '2028-03-31', 3, 'years', false, '2031-03-31'],
  ])('%s', (_, agreementEndsOn, years, countedIn, includesCurrentYear, expected) => {
    expect(retainUntil({ agreementEndsOn, years, countedIn, includesCurrentYear, clause: '10.1' }).date).toBe(expected)
  })
})
