import { formatAlignment, formatDate, formatDueRule, formatPence, formatPeriod, ordinal } from '#clauses/format'

describe('plain-English formatting', () => {
  it('writes dates in words', () => {
    expect(formatDate('2026-09-01')).toBe('1 September 2026')
    expect(formatDate('2019-03-31')).toBe('31 March 2019')
  })

  it('writes pence as pounds with two decimal places', () => {
    expect(formatPence(1_000_000)).toBe('£10,000.00')
    expect(formatPence(34_680_000)).toBe('£346,800.00')
    expect(formatPence(5)).toBe('£0.05')
  })

  it('writes periods as lawyers do', () => {
    expect(formatPeriod({ amount: 6, unit: 'months' })).toBe('6 months')
    expect(formatPeriod({ amount: 1, unit: 'months' })).toBe('1 month')
    expect(formatPeriod({ amount: 5, unit: 'business_days' })).toBe('5 working days')
    expect(formatPeriod({ amount: 15, unit: 'school_days' })).toBe('15 term-time days')
    expect(formatPeriod({ amount: 21, unit: 'calendar_days' })).toBe('21 days')
  })

  it('says what a notice period runs to', () => {
    expect(formatAlignment({ kind: 'academic_year_end' })).toBe(' terminating at the end of an academic year')
    expect(formatAlignment({ kind: 'fixed_day', day: 5, month: 4 })).toBe(', such notice period to end on 5 April')
    expect(formatAlignment({ kind: 'none' })).toBe('')
  })

  it('says when a report is due', () => {
    expect(formatDueRule({ kind: 'annual_fixed_day', day: 31, month: 3 })).toBe('by 31 March each year')
    expect(formatDueRule({ kind: 'after_event', within: { amount: 72, unit: 'hours' }, event: 'the initial complaint' })).toBe(
      'within 72 hours of the initial complaint',
    )
    expect(formatDueRule({ kind: 'monthly', dayOfFollowingMonth: 2 })).toBe('monthly, by the 2nd day of the following month')
  })

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 20, 21, 22, 23].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '20th', '21st', '22nd', '23rd'])
  })
})
