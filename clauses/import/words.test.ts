import { describe, expect, it } from 'vitest'
import { findDates, findDaysOfYear, findMoney, findPercentages, findPeriods, readClockTime } from './words'

describe('periods as agreements write them', () => {
  it.each([
    ['six months’ notice', { amount: 6, unit: 'months' }],
    ['within a period of twenty one (21) days', { amount: 21, unit: 'calendar_days' }],
    ['within 15 term-time days of admission', { amount: 15, unit: 'school_days' }],
    ['within five working days of referral', { amount: 5, unit: 'business_days' }],
    ['no longer than 4 weeks', { amount: 4, unit: 'weeks' }],
    ['2 terms written notice', { amount: 2, unit: 'terms' }],
    ['at least 90 days’ notice', { amount: 90, unit: 'calendar_days' }],
    ['three full calendar years', { amount: 3, unit: 'years' }],
    ['within 72 hours of the complaint', { amount: 72, unit: 'hours' }],
    ['twenty-one days', { amount: 21, unit: 'calendar_days' }],
  ])('%s', (text, period) => {
    expect(findPeriods(text)[0]?.period).toEqual(period)
  })

  it('keeps the qualifier of "7 financial years" and finds nothing in words without a period', () => {
    expect(findPeriods('for a period of 7 financial years')[0]).toMatchObject({ period: { amount: 7, unit: 'years' }, qualifier: 'financial' })
    expect(findPeriods('as soon as possible in the academic term')).toEqual([])
  })
})

describe('dates', () => {
  it('reads UK dates in words and figures, day first', () => {
    expect(findDates('commences on the 23rd February 2017 (backdated to 1st April 2016) and continues until 31 March 2018').map((found) => found.date)).toEqual(['2017-02-23', '2016-04-01', '2018-03-31'])
    expect(findDates('from 01/09/2018 to 31.07.2020').map((found) => found.date)).toEqual(['2018-09-01', '2020-07-31'])
    expect(findDates('the 31st February 2019')).toEqual([])
  })

  it('reads days of the year without a year, and not full dates', () => {
    expect(findDaysOfYear('on 5th April, 5 September and January 5th').map((found) => found.day)).toEqual([
      { day: 5, month: 4 },
      { day: 5, month: 9 },
      { day: 5, month: 1 },
    ])
    expect(findDaysOfYear('on 31 March 2019')).toEqual([])
  })
})

describe('money, percentages and clock times', () => {
  it('reads pounds into pence, leaving placeholders alone', () => {
    expect(findMoney('£10,000 per place, a top up of £8000, £1.5m and £[xxx]').map((found) => found.pence)).toEqual([1_000_000, 800_000, 150_000_000])
    expect(findMoney('£63,410.50')[0].pence).toBe(6_341_050)
  })

  it('reads percentages up to 100', () => {
    expect(findPercentages('paid at 85% and 43 per cent, not 140%').map((found) => found.percentage)).toEqual([85, 43])
  })

  it('reads a cut-off time on the 24-hour clock', () => {
    expect(readClockTime('4.00 pm')).toBe('16:00')
    expect(readClockTime('5.30 p.m.')).toBe('17:30')
    expect(readClockTime('16:00')).toBe('16:00')
    expect(readClockTime('4 days')).toBeUndefined()
  })
})
