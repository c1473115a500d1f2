// RAG ratings worked out by hand from the clauses: Kent STLS Appendix 1 bands (green 75% +, amber
// 70-74%, red below 70%) and counts rated "NA", Kent PRU Schedule 1 clause 9 targets (95% and 100%),
// Southend clause 9's "in line with or better than national average" as a yes or no.
import { KpiFiguresError, kpiResult } from '#clauses/obligations/kpi-result'
import { ZKpisParamsSchema } from '#clauses/kpis'

const stlsBands = { greenFrom: 75, amberFrom: 70 }
const stlsRated = { targets: [], ragRated: true }
const stlsNotRated = { targets: [], ragRated: false }
const pru95 = { targets: [{ percentage: 95, comparison: 'at_least' as const }], ragRated: false }
const pru100 = { targets: [{ percentage: 100, comparison: 'at_least' as const }], ragRated: false }
const belowSeven = { targets: [{ percentage: 7, comparison: 'below' as const }], ragRated: false }

describe('kpiResult', () => {
  test.each([
    // [clause, numerator, denominator, indicator, bands, percentage, rag]
    ['STLS App. 1: 30/40 = 75% is green (75% +)', 30, 40, stlsRated, stlsBands, 75, 'green'],
    ['STLS App. 1: 100/100 is green', 100, 100, stlsRated, stlsBands, 100, 'green'],
    ['STLS App. 1: 149/200 = 74.5% is amber (below 75)', 149, 200, stlsRated, stlsBands, 74.5, 'amber'],
    ['STLS App. 1: 7/10 = 70% is amber (70-74%)', 7, 10, stlsRated, stlsBands, 70, 'amber'],
    ['STLS App. 1: 139/200 = 69.5% is red (below 70%)', 139, 200, stlsRated, stlsBands, 69.5, 'red'],
    ['STLS App. 1: 0/12 is red', 0, 12, stlsRated, stlsBands, 0, 'red'],
    ['STLS App. 1 "NA": not rated', 3, 4, stlsNotRated, stlsBands, 75, null],
    ['PRU cl. 9: 19/20 = 95% meets the 95% target', 19, 20, pru95, undefined, 95, 'green'],
    ['PRU cl. 9: 37/39 = 94.9% misses the 95% target', 37, 39, pru95, undefined, 94.9, 'red'],
    ['PRU cl. 9: 24/24 meets the 100% target', 24, 24, pru100, undefined, 100, 'green'],
    ['PRU cl. 9: 23/24 = 95.8% misses the 100% target', 23, 24, pru100, undefined, 95.8, 'red'],
    ['Southend KPI: 1/20 = 5% is below 7% (met)', 1, 20, belowSeven, undefined, 5, 'green'],
    ['Southend KPI: 7/100 = 7% is not below 7% (missed)', 7, 100, belowSeven, undefined, 7, 'red'],
    ['1/3 rounds to 33.3%', 1, 3, stlsNotRated, undefined, 33.3, null],
  ] as const)('%s', (_clause, numerator, denominator, indicator, ragBands, percentage, rag) => {
    const result = kpiResult({ figures: { measure: 'percentage', numerator, denominator }, indicator: { ...indicator, targets: [...indicator.targets] }, ragBands })
    expect(result.value).toBe(percentage)
    expect(result.shown).toBe(`${percentage}% (${numerator} of ${denominator})`)
    expect(result.rag).toBe(rag)
  })

  test('an indicator saved before measures were declared is a percentage, and says so when given a count', () => {
    expect(() => kpiResult({ figures: { measure: 'count', count: 3 }, indicator: stlsRated, ragBands: stlsBands })).toThrow('This indicator is returned as a percentage (how many of how many)')
  })

  test.each([
    [1, 0, 'The denominator must be more than zero'],
    [5, 4, 'The numerator cannot be more than the denominator'],
    [-1, 4, 'The numerator must be zero or more'],
    [1.5, 4, 'Enter the numerator as a whole number'],
  ])('%d / %d is refused: %s', (numerator, denominator, message) => {
    expect(() => kpiResult({ figures: { measure: 'percentage', numerator, denominator }, indicator: stlsRated, ragBands: stlsBands })).toThrow(message)
  })
})

describe('a count (Kent STLS Appendix 1, 1.2: "Number of (different) mainstream settings\' engagement", RAG "NA")', () => {
  const settingsEngaged = { targets: [], ragRated: false, measuredAs: 'count' as const }

  test('is shown as the number, with commas, and rated by nothing the clause does not give', () => {
    expect(kpiResult({ figures: { measure: 'count', count: 1234 }, indicator: settingsEngaged })).toEqual({ value: 1234, shown: '1,234', rag: null, ratedBy: 'Not RAG rated' })
    expect(kpiResult({ figures: { measure: 'count', count: 0 }, indicator: settingsEngaged }).shown).toBe('0')
  })

  test.each([
    [-1, 'The count must be zero or more'],
    [2.5, 'Enter the count as a whole number'],
  ])('%d is refused: %s', (count, message) => {
    const refusal = () => kpiResult({ figures: { measure: 'count', count }, indicator: settingsEngaged })
    expect(refusal).toThrow(new KpiFiguresError(message, 'count'))
  })

  test('a numerator and denominator are refused, naming the count', () => {
    expect(() => kpiResult({ figures: { measure: 'percentage', numerator: 1, denominator: 2 }, indicator: settingsEngaged })).toThrow(expect.objectContaining({ part: 'count', message: 'This indicator is returned as a count' }))
  })
})

describe('a yes or no (Southend clause 9: "in line with or better than national average")', () => {
  const inLine = { targets: [], ragRated: false, measuredAs: 'yes_no' as const, expectedAnswer: 'yes' as const }

  test('the expected answer is green and the other red; without one it is not rated', () => {
    expect(kpiResult({ figures: { measure: 'yes_no', answer: 'yes' }, indicator: inLine })).toEqual({ value: 1, shown: 'Yes', rag: 'green', ratedBy: 'Expected yes: met' })
    expect(kpiResult({ figures: { measure: 'yes_no', answer: 'no' }, indicator: inLine })).toEqual({ value: 0, shown: 'No', rag: 'red', ratedBy: 'Expected yes: missed' })
    expect(kpiResult({ figures: { measure: 'yes_no', answer: 'no' }, indicator: { ...inLine, expectedAnswer: undefined } }).rag).toBeNull()
  })
})

describe('a rating on a named scale, best first (Ofsted\'s grades before its 2025 report cards)', () => {
  const ofsted = { targets: [], ragRated: false, measuredAs: 'rating' as const, ratingScale: ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] }

  test('is shown in the scale\'s words, plotted by its place from the worst, and not rated', () => {
    expect(kpiResult({ figures: { measure: 'rating', rating: 'Outstanding' }, indicator: ofsted })).toEqual({ value: 3, shown: 'Outstanding', rag: null, ratedBy: 'Not RAG rated' })
    expect(kpiResult({ figures: { measure: 'rating', rating: 'Inadequate' }, indicator: ofsted }).value).toBe(0)
  })

  test('is matched to its label whatever its case or spacing', () => {
    expect(kpiResult({ figures: { measure: 'rating', rating: ' requires IMPROVEMENT ' }, indicator: ofsted })).toMatchObject({ value: 1, shown: 'Requires improvement' })
  })

  test('a rating not on the scale is refused, naming the scale', () => {
    expect(() => kpiResult({ figures: { measure: 'rating', rating: 'Satisfactory' }, indicator: ofsted })).toThrow(new KpiFiguresError('Choose one of the ratings: Outstanding, Good, Requires improvement, Inadequate', 'rating'))
  })

  test('a count sent for a rating is refused, naming the rating', () => {
    expect(() => kpiResult({ figures: { measure: 'count', count: 2 }, indicator: ofsted })).toThrow(expect.objectContaining({ part: 'rating', message: 'This indicator is returned as a rating' }))
  })
})

describe('an amount of money, kept in pence', () => {
  const spend = { targets: [], ragRated: false, measuredAs: 'amount' as const }

  test('is shown in pounds and pence and not rated', () => {
    expect(kpiResult({ figures: { measure: 'amount', pence: 125050 }, indicator: spend })).toEqual({ value: 125050, shown: '£1,250.50', rag: null, ratedBy: 'Not RAG rated' })
  })

  test.each([-1, 10.5])('%d pence is refused', (pence) => {
    expect(() => kpiResult({ figures: { measure: 'amount', pence }, indicator: spend })).toThrow(new KpiFiguresError('Enter the amount in pounds and pence, like £1,250.50', 'pence'))
  })
})

describe('the clause refuses RAG rules its measure cannot use', () => {
  const reporting = { due: { kind: 'termly' as const }, to: 'the LA' }
  const parse = (indicator: Record<string, unknown>) => ZKpisParamsSchema.safeParse({ reporting, ragBands: { greenFrom: 75, amberFrom: 70 }, indicators: [{ id: 'kpi-1', indicator: 'Settings engaged', targets: [], ragRated: false, ...indicator }] })
  const problems = (indicator: Record<string, unknown>) => parse(indicator).error?.issues.map((issue) => [issue.path.join('.'), issue.message])

  test.each([
    [{ measuredAs: 'count', targets: [{ percentage: 90, comparison: 'at_least' }] }, 'indicators.0.targets', 'Only a percentage indicator can have percentage targets'],
    [{ measuredAs: 'amount', ragRated: true }, 'indicators.0.ragRated', 'Only a percentage indicator can be RAG rated by bands'],
    [{ measuredAs: 'count', expectedAnswer: 'yes' }, 'indicators.0.expectedAnswer', 'Only a yes or no indicator can have an expected answer'],
    [{ measuredAs: 'grade' }, 'indicators.0.measuredAs', 'Measured as must be a percentage, a count, yes or no, a rating or an amount'],
    [{ measuredAs: 'rating' }, 'indicators.0.ratingScale', 'A rating indicator needs its rating scale, best first'],
    [{ measuredAs: 'count', ratingScale: ['High', 'Low'] }, 'indicators.0.ratingScale', 'Only a rating indicator can have a rating scale'],
    [{ measuredAs: 'rating', ratingScale: ['Good'] }, 'indicators.0.ratingScale', 'A rating scale needs at least two ratings'],
    [{ measuredAs: 'rating', ratingScale: ['Good', ' good'] }, 'indicators.0.ratingScale', 'Each rating on the scale must be different'],
    [{ measuredAs: 'rating', ratingScale: ['Good', ' '] }, 'indicators.0.ratingScale.1', 'Each rating on the scale needs words'],
    [{ measuredAs: 'rating', ratingScale: ['Good', 'Bad'], targets: [{ percentage: 90, comparison: 'at_least' }] }, 'indicators.0.targets', 'Only a percentage indicator can have percentage targets'],
  ])('%o', (indicator, path, message) => {
    expect(problems(indicator)).toEqual([[path, message]])
  })

  test('each measure with the rules it can use is accepted, and no measure at all', () => {
    for (const indicator of [{}, { measuredAs: 'count' }, { measuredAs: 'yes_no', expectedAnswer: 'no' }, { measuredAs: 'amount' }, { measuredAs: 'rating', ratingScale: ['Met', 'Partly met', 'Not met'] }, { ragRated: true }]) expect(parse(indicator).success).toBe(true)
  })
})
