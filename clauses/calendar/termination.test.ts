import type { Alignment, Period } from '../values'
import { GENERAL_LAW, type NoticeRegime } from './notice-service'
import { latestNoticeDate, terminationEffective } from './termination'
import { nottinghamTermDates } from './term-dates/nottingham'

const nottingham = nottinghamTermDates.calendar
const months = (amount: number): Period => ({ amount, unit: 'months' })
const academicYear: Alignment = { kind: 'academic_year_end' }
const fifthApril: Alignment = { kind: 'fixed_day', day: 5, month: 4 }

describe('terminationEffective', () => {
  test.each<[string, string, Period, Alignment, string]>([
    // Kent STLS clause 14: 6 months after 30 December 2026 is 30 June 2027.
    ['Kent STLS 6 months', '2026-12-30', months(6), { kind: 'none' }, '2027-06-30'],
    // 31 August 2026 + 6 months: no 31 February, so 28 February 2027.
    ['6 months from 31 August', '2026-08-31', months(6), { kind: 'none' }, '2027-02-28'],
    // Leicestershire SEIP 17.1: 12 months from 30 December 2026 is 30 December 2027; the end of
    // that academic year is 31 August 2028.
    ['SEIP 12 months to the end of an academic year', '2026-12-30', months(12), academicYear, '2028-08-31'],
    // 6 months from 30 December 2026 is 30 June 2027, in academic year 2026/27 ending 31 August 2027.
    ['6 months to the end of an academic year', '2026-12-30', months(6), academicYear, '2027-08-31'],
    // 12 months from 31 August 2027 is 31 August 2028, itself the end of an academic year.
    ['ending exactly at the end of an academic year', '2027-08-31', months(12), academicYear, '2028-08-31'],
    // SEIP MOU 10.2.1: 3 years from 23 November 2026 is 23 November 2029; the next 5 April is 5 April 2030.
    ['SEIP MOU 3 years to 5 April', '2026-11-23', { amount: 3, unit: 'years' }, fifthApril, '2030-04-05'],
    // 3 years from 1 March 2026 is 1 March 2029; the next 5 April is 5 April 2029.
    ['SEIP MOU 3 years to 5 April, same year', '2026-03-01', { amount: 3, unit: 'years' }, fifthApril, '2029-04-05'],
    // 6 months from 23 November 2026 is 23 May 2027; the financial year ends 31 March 2028.
    ['6 months to the end of a financial year', '2026-11-23', months(6), { kind: 'financial_year_end' }, '2028-03-31'],
  ])('%s', (_, deemedServedOn, noticePeriod, alignment, expected) => {
    expect(terminationEffective({ deemedServedOn, noticePeriod, alignment, clause: '17.1' }).date).toBe(expected)
  })

  test.each([
    // Nottingham 9.1, 2 terms to the end of an academic year: served 23 November 2026 in the autumn
    // term; the spring and summer terms 2026/27 follow, the summer term ends 21 July 2027, and that
    // academic year ends 31 August 2027.
    ['2026-11-23', '2027-08-31'],
    // Served 10 January 2027, in the spring term: the summer term 2026/27 and the autumn term 2027/28
    // (ends 17 December 2027), so the academic year 2027/28, ending 31 August 2028.
    ['2027-01-10', '2028-08-31'],
  ])('Nottingham 2 terms to the end of an academic year, served %s', (deemedServedOn, expected) => {
    const effective = terminationEffective({ deemedServedOn, noticePeriod: { amount: 2, unit: 'terms' }, alignment: academicYear, termCalendar: nottingham, clause: '9.1' })
    expect(effective.date).toBe(expected)
  })

  test('the basis shows the working', () => {
    expect(terminationEffective({ deemedServedOn: '2026-12-30', noticePeriod: months(6), alignment: academicYear, clause: '17.1' }).basis).toBe(
      '6 months after notice deemed served on 30 December 2026 is 30 June 2027, then to the end of that academic year (the agreement does not define the academic year, so it is taken as 1 September to 31 August), 31 August 2027 (clause 17.1)',
    )
  })
})

// Kent STLS clause 16.1 deemed service: post and hand only, here.
const kentStls: NoticeRegime = {
  kind: 'notices_clause',
  clause: '16.1',
  methods: ['post', 'hand'],
  rules: [
    { method: 'post', businessDaysAfter: 2 },
    { method: 'hand', businessDaysAfter: 0, cutOffTime: '16:00' },
  ],
}

describe('latestNoticeDate', () => {
  test.each<[string, string, Period, Alignment, string]>([
    // SEIP 17.1, to end by 31 August 2028: served 31 August 2027 gives 31 August 2028; served
    // 1 September 2027 gives 1 September 2028, so 31 August 2029.
    ['SEIP 12 months to an academic year end', '2028-08-31', months(12), academicYear, '2027-08-31'],
    // To end by 30 June 2028 with the same clause, termination can only fall on 31 August 2027, so
    // notice must be served by 31 August 2026.
    ['a day that is not an academic year end', '2028-06-30', months(12), academicYear, '2026-08-31'],
    // Kent STLS 14, by 31 March 2027: 30 September 2026 + 6 months = 30 March 2027; 1 October 2026
    // + 6 months = 1 April 2027, too late.
    ['6 months to 31 March', '2027-03-31', months(6), { kind: 'none' }, '2026-09-30'],
    // SEIP MOU 10.2.1, by 5 April 2030: 5 April 2027 + 3 years = 5 April 2030; 6 April 2027 gives 6
    // April 2030, so 5 April 2031.
    ['SEIP MOU 3 years to 5 April', '2030-04-05', { amount: 3, unit: 'years' }, fifthApril, '2027-04-05'],
  ])('%s', (_, terminateBy, noticePeriod, alignment, expected) => {
    expect(latestNoticeDate({ terminateBy, noticePeriod, alignment, clause: '17.1', regime: GENERAL_LAW }).date).toBe(expected)
  })

  test('under a notices clause, the last business day, with the last day to post or deliver by hand', () => {
    // SEIP 17.1 with Kent STLS 16.1 deemed service, to end by 31 August 2028: notice must be deemed
    // served by Tuesday 31 August 2027. Posted Thursday 26 August 2027: Fri 27 (1), Mon 30 is a bank
    // holiday, Tue 31 (2). Posted Friday 27: Tue 31 (1), Wed 1 September (2), too late.
    const latest = latestNoticeDate({ terminateBy: '2028-08-31', noticePeriod: months(12), alignment: academicYear, clause: '17.1', regime: kentStls })
    expect(latest.date).toBe('2027-08-31')
    expect(latest.basis).toBe(
      'Latest day for notice to be served so that termination takes effect by 31 August 2028: Tuesday 31 August 2027; 12 months after notice deemed served on 31 August 2027 is 31 August 2028, then to the end of that academic year (the agreement does not define the academic year, so it is taken as 1 September to 31 August), 31 August 2028 (clause 17.1). To be deemed served by then under clause 16.1 it must be posted first class by Thursday 26 August 2027 or delivered by hand by 16:00 on Tuesday 31 August 2027',
    )
  })

  test('over Easter, the last business day before it', () => {
    // Kent STLS 14, to end by 29 September 2027: deemed served by 29 March 2027 (+6 months = 29
    // September). 29 March 2027 is Easter Monday, 28 and 27 a weekend, 26 March Good Friday: the
    // last business day is Thursday 25 March, ending 25 September.
    const latest = latestNoticeDate({ terminateBy: '2027-09-29', noticePeriod: months(6), alignment: { kind: 'none' }, clause: '14', regime: kentStls })
    expect(latest.date).toBe('2027-03-25')
    expect(latest.deemedServedOn).toBe('2027-03-25')
  })

  test('Nottingham 2 terms: the last day before the terms that must follow begin', () => {
    // To end by 31 August 2027, the spring and summer terms 2026/27 must both start after service;
    // the spring term starts 4 January 2027, so service by 3 January 2027.
    const latest = latestNoticeDate({ terminateBy: '2027-08-31', noticePeriod: { amount: 2, unit: 'terms' }, alignment: academicYear, termCalendar: nottingham, clause: '9.1', regime: GENERAL_LAW })
    expect(latest.date).toBe('2027-01-03')
  })
})
