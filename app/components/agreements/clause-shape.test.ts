import { describe, expect, it } from 'vitest'
import { ZKpisParamsSchema } from '#clauses/kpis'
import { describeSchema, optionName, readClauseForm } from './clause-shape'

describe('choices in the clause editor are named in the users\' words', () => {
  it('splits most option names into words, and names a yes-or-no measure as such', () => {
    expect(optionName('financial_year')).toBe('Financial year')
    expect(optionName('percentage')).toBe('Percentage')
    expect(optionName('yes_no')).toBe('Yes or no')
  })
})

describe('a KPI\'s rating scale in the clause editor', () => {
  const shape = describeSchema(ZKpisParamsSchema)
  const form = { 'params.indicators.0.indicator': 'Ofsted judgement', 'params.indicators.0.measuredAs': 'rating', 'params.indicators.0.ratingScale.0': 'Outstanding', 'params.indicators.0.ratingScale.1': 'Good', 'params.indicators.0.ratingScale.2': '' }
  const indicatorOf = (params: unknown) => (params as { indicators: Array<{ ratingScale?: string[] }> }).indicators[0]

  it('is a list of words, one box a rating, read back best first with a blank box dropped', () => {
    expect(readClauseForm(shape, form).input.params).toMatchObject({ indicators: [{ measuredAs: 'rating', ratingScale: ['Outstanding', 'Good'] }] })
  })

  it('gains a box for one more rating on "Add a row"', () => {
    const { rowIntent, input } = readClauseForm(shape, { ...form, rows: 'add:params.indicators.0.ratingScale' })
    expect(rowIntent).toBe('add:params.indicators.0.ratingScale')
    expect(indicatorOf(input.params).ratingScale).toEqual(['Outstanding', 'Good', '', undefined])
  })

  it('is left out of an indicator that has none', () => {
    expect(indicatorOf(readClauseForm(shape, { 'params.indicators.0.indicator': 'Attendance', 'params.indicators.0.measuredAs': 'percentage' }).input.params)).not.toHaveProperty('ratingScale')
  })
})
