import { describe, expect, it } from 'vitest'
import { penceFromPounds, poundsForInput } from './money'

describe('money typed in pounds', () => {
  it.each([
    ['£125,000', 12_500_000],
    ['125000', 12_500_000],
    ['£ 1,250.50', 125_050],
    ['1250.5', 125_050],
    ['0', 0],
    ['£8,000.00', 800_000],
  ])('reads %s as %i pence', (typed, pence) => {
    expect(penceFromPounds(typed)).toBe(pence)
  })

  it.each(['', '£', '12,50', '1,2345', '£1.234', 'ten pounds', '-5', '1e6'])('refuses %j', (typed) => {
    expect(penceFromPounds(typed)).toBeUndefined()
  })

  it('shows pence as pounds with commas, and pence only when there are some', () => {
    expect(poundsForInput(12_500_000)).toBe('125,000')
    expect(poundsForInput(125_050)).toBe('1,250.50')
    expect(penceFromPounds(`£${poundsForInput(987_654_321)}`)).toBe(987_654_321)
  })
})
