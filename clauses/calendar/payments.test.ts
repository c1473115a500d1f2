import type { PaymentRule } from '../values'
import { paymentSchedule, splitIntoInstalments } from './payments'
import { leicestershireTermDates } from './term-dates/leicestershire'

describe('splitIntoInstalments', () => {
  test.each([
    // £100,000.00 / 3 = 3,333,333p remainder 1p, which goes on the first instalment.
    [10_000_000, 3, [3_333_334, 3_333_333, 3_333_333]],
    // 200p / 3 = 66p remainder 2p: 1p each on the first two.
    [200, 3, [67, 67, 66]],
    [900, 3, [300, 300, 300]],
    // 1p in 3: only the first gets anything.
    [1, 3, [1, 0, 0]],
  ])('%ip in %i', (total, count, expected) => {
    const instalments = splitIntoInstalments(total, count)
    expect(instalments).toEqual(expected)
    expect(instalments.reduce((sum, amount) => sum + amount, 0)).toBe(total)
  })
})

// Nottingham Schedule 1: 5 April, 5 September and 5 January; "Where the date falls on a weekend or
// bank holiday the payment will be paid on the closest working day prior to the 5th."
const nottingham: PaymentRule = {
  kind: 'fixed_dates',
  dates: [
    { day: 5, month: 4 },
    { day: 5, month: 9 },
    { day: 5, month: 1 },
  ],
  moveToPreviousWorkingDay: true,
}

describe('paymentSchedule', () => {
  test('Nottingham fixed dates moved to the closest prior working day, 2026/27', () => {
    // Sunday 5 April 2026 (Easter Sunday): Saturday 4, then Good Friday 3 April, so Thursday 2 April.
    // Saturday 5 September 2026: Friday 4 September. Tuesday 5 January 2027 stands.
    // £100,000.00 in 3: 3,333,334p first, then 3,333,333p twice.
    const schedule = paymentSchedule({ rule: nottingham, from: '2026-04-01', to: '2027-03-31', total: 10_000_000, clause: 'Schedule 1' })
    expect(schedule.map(({ date, amount }) => [date, amount])).toEqual([
      ['2026-04-02', 3_333_334],
      ['2026-09-04', 3_333_333],
      ['2027-01-05', 3_333_333],
    ])
    expect(schedule[0].basis).toBe(
      'Payment 1 of 3, fixed date 5 April: 5 April 2026 is a Sunday, so the closest working day before it, not counting the bank holiday Good Friday 3 April 2026, 2 April 2026; £100,000.00 in 3 equal instalments, the 1p left over added to the first instalment (Schedule 1)',
    )
  })

  test('Nottingham 2027/28', () => {
    // Monday 5 April 2027 (Easter Monday was 29 March) stands; Sunday 5 September 2027 moves to
    // Friday 3 September; Wednesday 5 January 2028 stands. 200p: 67p, 67p, 66p.
    const schedule = paymentSchedule({ rule: nottingham, from: '2027-04-01', to: '2028-03-31', total: 200, clause: 'Schedule 1' })
    expect(schedule.map(({ date, amount }) => [date, amount])).toEqual([
      ['2027-04-05', 67],
      ['2027-09-03', 67],
      ['2028-01-05', 66],
    ])
  })

  test.each([
    // Saturday 29 August 2026, the weekend before the Monday 31 August bank holiday: Friday 28 August.
    [29, 8, '2026-08-29', '2026-08-28'],
    // Sunday 27 December 2026, before the Monday 28 substitute day: Saturday 26, Christmas Day Friday
    // 25, so Thursday 24 December.
    [27, 12, '2026-12-27', '2026-12-24'],
  ])('a payment date on the weekend before a bank holiday: %i/%i', (day, month, stated, expected) => {
    const rule: PaymentRule = { kind: 'fixed_dates', dates: [{ day, month }], moveToPreviousWorkingDay: true }
    const [payment] = paymentSchedule({ rule, from: stated, to: stated, clause: 'Schedule 1' })
    expect(payment.date).toBe(expected)
  })

  test('fixed dates not moved when the clause does not say so', () => {
    const rule: PaymentRule = { kind: 'fixed_dates', dates: [{ day: 5, month: 4 }], moveToPreviousWorkingDay: false }
    expect(paymentSchedule({ rule, from: '2026-04-01', to: '2026-04-30', clause: '4' }).map(({ date }) => date)).toEqual(['2026-04-05'])
  })

  test('Southend: monthly in arrears on the 20th', () => {
    // September, October, November 2026 are paid on 20 October, 20 November and 20 December 2026.
    // 300,001p in 3: 100,001p then 100,000p twice.
    const schedule = paymentSchedule({ rule: { kind: 'monthly_in_arrears', dayOfMonth: 20 }, from: '2026-09-01', to: '2026-11-30', total: 300_001, clause: '12' })
    expect(schedule.map(({ date, amount }) => [date, amount])).toEqual([
      ['2026-10-20', 100_001],
      ['2026-11-20', 100_000],
      ['2026-12-20', 100_000],
    ])
  })

  test('monthly in arrears on the 31st is clamped to a shorter month', () => {
    // January 2027 is paid on "31 February", so 28 February 2027.
    const schedule = paymentSchedule({ rule: { kind: 'monthly_in_arrears', dayOfMonth: 31 }, from: '2027-01-01', to: '2027-01-31', clause: '12' })
    expect(schedule.map(({ date }) => date)).toEqual(['2027-02-28'])
  })

  test('Leicestershire SEIP 4.1: termly in advance on the first day of each term', () => {
    // Leicestershire 2026/27 terms start 3 September 2026, 5 January 2027 and 12 April 2027.
    // £120,000.00 in 3: £40,000.00 each.
    const schedule = paymentSchedule({
      rule: { kind: 'termly_in_advance' },
      from: '2026-09-01',
      to: '2027-08-31',
      total: 12_000_000,
      termCalendar: leicestershireTermDates.calendar,
      clause: '4.1',
    })
    expect(schedule.map(({ date, amount }) => [date, amount])).toEqual([
      ['2026-09-03', 4_000_000],
      ['2027-01-05', 4_000_000],
      ['2027-04-12', 4_000_000],
    ])
  })

  test('Leicestershire SEIP 2.3 and 4.1: in the first week of each term, by its last working day', () => {
    // Worked by hand. Term 1 starts Thursday 3 September 2026: its first seven days run to Wednesday
    // 9 September, a working day. Term 2 starts Tuesday 5 January 2027: to Monday 11 January. Term 3
    // starts Monday 12 April 2027 (demo term dates): to Sunday 18 April, so the Friday, 16 April.
    const schedule = paymentSchedule({
      rule: { kind: 'termly_in_advance', withinFirstWeek: true },
      from: '2026-09-01',
      to: '2027-08-31',
      termCalendar: leicestershireTermDates.calendar,
      clause: '4.1',
    })
    expect(schedule.map(({ date }) => date)).toEqual(['2026-09-09', '2027-01-11', '2027-04-16'])
    expect(schedule[2]?.basis).toBe(
      'Payment termly in advance, in the first week of Summer term 2026/27 (demo term dates), taken as the seven days from its first day, 12 April 2027: by its last working day, Friday 16 April 2027 (clause 4.1)',
    )
  })
})
