import { describe, expect, it } from 'vitest'
import { dateField } from '#clauses/fields'
import { datePartsInError, joinDateParts, splitIsoDate, withJoinedDateParams, withJoinedDates } from './date-input'

const message = (value: string) => dateField('End date').safeParse(value).error?.issues[0]?.message

describe('the GOV.UK date input', () => {
  it('joins day, month and year boxes into YYYY-MM-DD', () => {
    expect(joinDateParts({ day: '31', month: '3', year: '2030' })).toBe('2030-03-31')
    expect(joinDateParts({ day: ' ', month: '', year: '' })).toBe('')
    expect(withJoinedDates({ 'endsOn-day': '1', 'endsOn-month': '9', 'endsOn-year': '2026', title: 'x' })).toMatchObject({ endsOn: '2026-09-01', title: 'x' })
    expect(withJoinedDateParams(new URLSearchParams('from-day=2&from-month=12&from-year=2026')).get('from')).toBe('2026-12-02')
  })

  it('names the missing or impossible part the way the design system does', () => {
    expect(message(joinDateParts({ day: '31', month: '', year: '2030' }))).toBe('End date must include a month')
    expect(message(joinDateParts({ day: '', month: '', year: '2030' }))).toBe('End date must include a day and a month')
    expect(message(joinDateParts({ day: '31', month: '2', year: '2030' }))).toBe('End date must be a real date')
    expect(message(joinDateParts({ day: '31', month: '3', year: '30' }))).toBe('End date: the year must have 4 numbers')
    expect(message(joinDateParts({ day: '', month: '', year: '' }))).toBe('Enter end date')
    expect(message(joinDateParts({ day: '31', month: '3', year: '2030' }))).toBeUndefined()
  })

  it('keeps telling API callers the shape it takes', () => {
    expect(message('31/03/2030')).toBe('End date must be a real date written as YYYY-MM-DD')
  })

  it('outlines only the empty boxes when some are filled', () => {
    expect(datePartsInError({ day: '31', month: '', year: '2030' })).toEqual(['month'])
    expect(datePartsInError({ day: '31', month: '2', year: '2030' })).toEqual(['day', 'month', 'year'])
    expect(splitIsoDate('2030-03-01')).toEqual({ day: '1', month: '3', year: '2030' })
  })
})
