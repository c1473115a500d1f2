import { describe, expect, it } from 'vitest'
import { optionName } from './clause-shape'

describe('choices in the clause editor are named in the users\' words', () => {
  it('splits most option names into words, and names a yes-or-no measure as such', () => {
    expect(optionName('financial_year')).toBe('Financial year')
    expect(optionName('percentage')).toBe('Percentage')
    expect(optionName('yes_no')).toBe('Yes or no')
  })
})
