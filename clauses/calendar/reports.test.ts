import type { DueRule, Period } from '../values'
import { dueAfterEvent, reportDueDates } from './reports'
import { kentTermDates } from './term-dates/kent'
import { leicestershireTermDates } from './term-dates/leicestershire'
import { nottinghamTermDates } from './term-dates/nottingham'
import { southendTermDates } from './term-dates/southend'

const kent = kentTermDates.calendar
const academicYear2026 = { from: '2026-09-01', to: '2027-08-31' }

describe('reportDueDates', () => {
  test('Kent STLS 13.3: 6 termly Local Activity Reports at the end of each Kent term, 2026/27', () => {
    const dues = reportDueDates({ rule: { kind: 'termly' }, ...academicYear2026, termCalendar: kent, clause: '13.3' })
    expect(dues.map(({ date }) => date)).toEqual(['2026-10-23', '2026-12-18', '2027-02-12', '2027-03-25', '2027-05-28', '2027-07-21'])
  })

  test('Kent STLS 13.5: only the terms listed', () => {
    const dues = reportDueDates({ rule: { kind: 'termly' }, ...academicYear2026, termCalendar: kent, clause: '13.5', termNumbers: [2, 4, 6] })
    expect(dues.map(({ date }) => date)).toEqual(['2026-12-18', '2027-03-25', '2027-07-21'])
  })

  test('termly, 2 weeks after each term ends (Southend, three terms)', () => {
    // Southend 2026/27 terms end 18 December 2026, 25 March 2027, 21 July 2027; + 14 days each.
    const rule: DueRule = { kind: 'termly', after: { amount: 2, unit: 'weeks' } }
    const dues = reportDueDates({ rule, ...academicYear2026, termCalendar: southendTermDates.calendar, clause: '9' })
    expect(dues.map(({ date }) => date)).toEqual(['2027-01-01', '2027-04-08', '2027-08-04'])
  })

  test('Kent PRU monthly attendance returns by the 5th of the following month', () => {
    const dues = reportDueDates({ rule: { kind: 'monthly', dayOfFollowingMonth: 5 }, from: '2026-09-01', to: '2026-11-30', clause: 'Schedule 1, 7' })
    expect(dues.map(({ date }) => date)).toEqual(['2026-10-05', '2026-11-05', '2026-12-05'])
  })

  test('Leicestershire SEIP 8.6: Annual Expenditure Report by 31 March', () => {
    const dues = reportDueDates({ rule: { kind: 'annual_fixed_day', day: 31, month: 3 }, from: '2026-09-01', to: '2028-08-31', clause: '8.6' })
    expect(dues.map(({ date }) => date)).toEqual(['2027-03-31', '2028-03-31'])
    expect(dues[0].basis).toBe('Annual: by 31 March each year, 31 March 2027 (clause 8.6)')
  })

  test('Kent PRU: Annual Report two weeks before the annual meeting', () => {
    // Annual meeting on 15 July: 15 July 2027 - 14 days = 1 July 2027; likewise 1 July 2028.
    const rule: DueRule = { kind: 'before_annual_event', before: { amount: 2, unit: 'weeks' }, event: 'the annual meeting', eventDay: { day: 15, month: 7 } }
    const dues = reportDueDates({ rule, from: '2026-09-01', to: '2028-08-31', clause: 'Schedule 1, 9' })
    expect(dues.map(({ date }) => date)).toEqual(['2027-07-01', '2028-07-01'])
  })

  test.each([
    // Kent's six-term year: October half term is the gap after Term 1, which ends Friday 23 October 2026.
    ['Kent', kent, '2026-10-23'],
    // Leicestershire: half term 26-30 October 2026 in the autumn term; the last school day before is Friday 23.
    ['Leicestershire', leicestershireTermDates.calendar, '2026-10-23'],
  ])('Leicestershire SEIP 8.1: budget plan by October half term on the %s calendar', (_, termCalendar, expected) => {
    const dues = reportDueDates({ rule: { kind: 'by_october_half_term' }, ...academicYear2026, termCalendar, clause: '8.1' })
    expect(dues.map(({ date }) => date)).toEqual([expected])
  })

  test('by October half term across three years (Nottingham)', () => {
    // Half terms start Mon 27 Oct 2025, Mon 26 Oct 2026, Mon 25 Oct 2027: the Fridays before.
    const dues = reportDueDates({ rule: { kind: 'by_october_half_term' }, from: '2025-09-01', to: '2028-08-31', termCalendar: nottinghamTermDates.calendar, clause: '8.1' })
    expect(dues.map(({ date }) => date)).toEqual(['2025-10-24', '2026-10-23', '2027-10-22'])
  })
})

describe('dueAfterEvent', () => {
  test.each<[string, Period, string, string | undefined, string]>([
    // Kent PRU 7V: within 72 hours of a complaint at 14:00 on Friday 27 November 2026: 14:00 Monday 30.
    ['complaint notified within 72 hours', { amount: 72, unit: 'hours' }, '2026-11-27', '14:00', '2026-11-30'],
    // Kent PRU 3c: within 5 working days of a referral on Thursday 2 April 2026 (Easter): Monday 13 April.
    ['provision within 5 working days', { amount: 5, unit: 'business_days' }, '2026-04-02', undefined, '2026-04-13'],
    // Kent PRU 6f: within 15 term-time days of admission on 14 October 2026: 11 November 2026 (see periods.test.ts).
    ['education plan within 15 term-time days', { amount: 15, unit: 'school_days' }, '2026-10-14', undefined, '2026-11-11'],
  ])('%s', (_, within, occurredOn, time, expected) => {
    expect(dueAfterEvent({ within, event: 'the event', occurredOn, time, termCalendar: kent, clause: 'Schedule 1' }).date).toBe(expected)
  })

  test('the basis for 72 hours without a time', () => {
    expect(dueAfterEvent({ within: { amount: 72, unit: 'hours' }, event: 'the initial complaint', occurredOn: '2026-11-23', clause: 'Schedule 1, 7V' }).basis).toBe(
      'Within 72 hours of the initial complaint on 23 November 2026: 26 November 2026 (time not recorded, so at the latest on 26 November 2026) (Schedule 1, 7V)',
    )
  })
})
