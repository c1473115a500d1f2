import type { Alignment, Period } from '../values'
import { academicYearLabel, financialYearEndOf } from './academic-year'
import { addPeriod, alignDate, subtractPeriod } from './periods'
import { kentTermDates } from './term-dates/kent'
import { leicestershireTermDates } from './term-dates/leicestershire'
import { nottinghamTermDates } from './term-dates/nottingham'

const kent = kentTermDates.calendar
const leicestershire = leicestershireTermDates.calendar
const nottingham = nottinghamTermDates.calendar

describe('addPeriod', () => {
  test.each<[string, string, Period, string]>([
    // 31 August + 6 months: 31 February does not exist, so the last day of February.
    ['month-end clamped', '2026-08-31', { amount: 6, unit: 'months' }, '2027-02-28'],
    // 2028 is a leap year, so 29 February.
    ['month-end clamped, leap year', '2027-08-31', { amount: 6, unit: 'months' }, '2028-02-29'],
    ['months', '2026-12-30', { amount: 6, unit: 'months' }, '2027-06-30'],
    // Kent PRU disputes: 21 days from Monday 23 November 2026 is Monday 14 December.
    ['calendar days', '2026-11-23', { amount: 21, unit: 'calendar_days' }, '2026-12-14'],
    // SEIP MOU 9.3: 4 weeks = 28 days from 10 December 2026 is 7 January 2027.
    ['weeks', '2026-12-10', { amount: 4, unit: 'weeks' }, '2027-01-07'],
    // Kent PRU 3c, 5 working days of a referral on Thursday 2 April 2026: Good Friday 3 and Easter
    // Monday 6 April are bank holidays, so Tue 7 (1), Wed 8 (2), Thu 9 (3), Fri 10 (4), Mon 13 (5).
    ['working days over Easter', '2026-04-02', { amount: 5, unit: 'business_days' }, '2026-04-13'],
    ['years', '2026-11-23', { amount: 3, unit: 'years' }, '2029-11-23'],
    // 29 February 2028 + 1 year: no 29 February 2029, so 28 February.
    ['years from 29 February', '2028-02-29', { amount: 1, unit: 'years' }, '2029-02-28'],
  ])('%s: %s + %o', (_, date, period, expected) => {
    expect(addPeriod(date, period).date).toBe(expected)
  })

  test.each<[string, string, Period, typeof kent, string]>([
    // Kent PRU 6f, 15 term-time days of admission on Wednesday 14 October 2026 (Kent): Term 1 runs to
    // Fri 23 Oct: 15,16,19,20,21,22,23 Oct are days 1-7; the half term gap to Sun 1 Nov does not
    // count; Term 2: 2,3,4,5,6,9,10,11 Nov are days 8-15.
    ['Kent PRU 15 term-time days over October half term', '2026-10-14', { amount: 15, unit: 'school_days' }, kent, '2026-11-11'],
    // Leicestershire: half term 26-30 October 2026 inside the autumn term. From Wed 21 Oct: 22 (1),
    // 23 (2), then 2 (3), 3 (4), 4 November (5).
    ['term-time days over a half term inside a term', '2026-10-21', { amount: 5, unit: 'school_days' }, leicestershire, '2026-11-04'],
    // Nottingham: notice on 23 November 2026 (autumn term); the 2 terms that start after it are the
    // spring term (4 January - 25 March 2027) and the summer term (12 April - 21 July 2027).
    ['terms', '2026-11-23', { amount: 2, unit: 'terms' }, nottingham, '2027-07-21'],
    // On 10 January 2027 the spring term has started, so the summer term 2027 and the autumn term
    // 2027 (to 17 December 2027) are the 2 terms.
    ['terms, notice during a term', '2027-01-10', { amount: 2, unit: 'terms' }, nottingham, '2027-12-17'],
  ])('%s', (_, date, period, termCalendar, expected) => {
    expect(addPeriod(date, period, { termCalendar }).date).toBe(expected)
  })

  test.each<[string, string, string | undefined, string]>([
    // Kent PRU 7V: 72 hours of a complaint at 10:00 on Monday 23 November 2026 is 10:00 on Thursday 26.
    ['72 hours', '2026-11-23', '10:00', '2026-11-26'],
    // Clocks go back at 02:00 BST on Sunday 25 October 2026, so 72 hours from 00:30 BST on Saturday
    // 24 October ends at 23:30 GMT on Monday 26 October, not 00:30 on the 27th.
    ['72 hours over the clocks going back', '2026-10-24', '00:30', '2026-10-26'],
    // Time not recorded: at the latest 3 days later.
    ['72 hours, time not recorded', '2026-11-23', undefined, '2026-11-26'],
  ])('%s', (_, date, time, expected) => {
    expect(addPeriod(date, { amount: 72, unit: 'hours' }, { time }).date).toBe(expected)
  })
})

describe('subtractPeriod', () => {
  test.each<[string, Period, string]>([
    // Kent PRU: two weeks before an annual meeting on 15 July 2027 is 1 July 2027.
    ['2027-07-15', { amount: 2, unit: 'weeks' }, '2027-07-01'],
    ['2027-02-28', { amount: 6, unit: 'months' }, '2026-08-28'],
    // 2 working days before Tuesday 7 April 2026: Easter Monday 6, weekend, Good Friday 3 skipped; Thu 2 (1), Wed 1 (2).
    ['2026-04-07', { amount: 2, unit: 'business_days' }, '2026-04-01'],
  ])('%s - %o', (date, period, expected) => {
    expect(subtractPeriod(date, period)).toBe(expected)
  })
})

describe('alignDate', () => {
  test.each<[string, Alignment, string]>([
    ['2027-06-30', { kind: 'none' }, '2027-06-30'],
    // The first 31 August on or after 30 June 2027.
    ['2027-06-30', { kind: 'academic_year_end' }, '2027-08-31'],
    // Already the last day of an academic year: stays.
    ['2028-08-31', { kind: 'academic_year_end' }, '2028-08-31'],
    ['2027-09-01', { kind: 'academic_year_end' }, '2028-08-31'],
    // The first 31 March on or after 23 May 2027 is 31 March 2028.
    ['2027-05-23', { kind: 'financial_year_end' }, '2028-03-31'],
    // SEIP MOU 10.2.1: to end on 5 April. After 23 November 2029 the next 5 April is in 2030.
    ['2029-11-23', { kind: 'fixed_day', day: 5, month: 4 }, '2030-04-05'],
    ['2029-04-05', { kind: 'fixed_day', day: 5, month: 4 }, '2029-04-05'],
  ])('%s aligned to %o', (date, alignment, expected) => {
    expect(alignDate(date, alignment).date).toBe(expected)
  })

  // An agreement that defines its academic year as ending on 31 July.
  test('an academic year the agreement defines', () => {
    expect(alignDate('2027-06-30', { kind: 'academic_year_end' }, { academicYearEnd: { day: 31, month: 7 } }).date).toBe('2027-07-31')
  })
})

test.each([
  ['2028-08-31', '2029-03-31'],
  ['2029-03-31', '2029-03-31'],
  ['2029-04-01', '2030-03-31'],
])('the financial year of %s ends on %s', (date, expected) => {
  expect(financialYearEndOf(date)).toBe(expected)
})

test.each([
  ['2026-09-01', '2026/27'],
  ['2027-08-31', '2026/27'],
  ['2027-09-01', '2027/28'],
])('%s is in academic year %s', (date, expected) => {
  expect(academicYearLabel(date)).toBe(expected)
})

describe('term-time days the calendar does not cover', () => {
  // Kent's calendar starts with Term 1 2025/26 on 1 September 2025 and ends with Term 6 2027/28 on
  // 21 July 2028: days before or after cannot be counted.
  test.each([
    ['before the first term', '2025-06-02', '2024/25'],
    ['past the last term', '2028-07-10', '2028/29'],
  ])('%s', (_, date, missing) => {
    expect(() => addPeriod(date, { amount: 15, unit: 'school_days' }, { termCalendar: kent })).toThrow(`Term dates for ${missing} are not entered in the Kent County Council term calendar`)
  })
})
