// RAG ratings worked out by hand from the clauses: Kent STLS Appendix 1 bands (green 75% +, amber
// 70-74%, red below 70%) and Kent PRU Schedule 1 clause 9 targets (95% and 100%).
import { KpiFiguresError, kpiResult } from '#clauses/obligations/kpi-result'

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
    const result = kpiResult({ numerator, denominator, indicator: { ...indicator, targets: [...indicator.targets] }, ragBands })
    expect(result.percentage).toBe(percentage)
    expect(result.rag).toBe(rag)
  })

  test.each([
    [1, 0, 'The denominator must be more than zero'],
    [5, 4, 'The numerator cannot be more than the denominator'],
    [-1, 4, 'The numerator must be zero or more'],
    [1.5, 4, 'Enter whole numbers'],
  ])('%d / %d is refused: %s', (numerator, denominator, message) => {
    expect(() => kpiResult({ numerator, denominator, indicator: stlsRated, ragBands: stlsBands })).toThrow(new KpiFiguresError(message))
  })
})
