// A KPI return's figure for one indicator, what it shows as, and its RAG rating against the clause.
// Kent STLS Appendix 1: green 75% +, amber 70-74%, red below 70%, and counts ("Number of (different)
// mainstream settings' engagement", 1.2) rated "NA"; Kent PRU Schedule 1 clause 9: targets of 95%
// and 100% with no amber band, so a target is met or missed. Nothing is rated by a rule the clause
// does not give (decision record 012): a rating on a named scale (Ofsted's former "Outstanding" to
// "Inadequate") is shown by its words and not RAG rated, as no seed gives a rule for one.
import { formatPence } from '../format'
import { measureOf, ragRating, type TKpi, type TKpiMeasure, type TRagBands } from '../kpis'

export type Rag = 'green' | 'amber' | 'red'

/** A figure as it is returned, by measure. Amounts are whole pence. */
export type TKpiFigures =
  | { measure: 'percentage'; numerator: number; denominator: number }
  | { measure: 'count'; count: number }
  | { measure: 'yes_no'; answer: 'yes' | 'no' }
  | { measure: 'rating'; rating: string }
  | { measure: 'amount'; pence: number }

/** The part of a figure a problem is with, so a form can put the message beside its box. */
export type TKpiFigurePart = 'numerator' | 'denominator' | 'count' | 'answer' | 'rating' | 'pence'

export interface KpiResult {
  /**
   * What the trend plots: the percentage rounded to one decimal place, the count, the pence, 1 for yes
   * and 0 for no, or a rating's place on its scale counted up from 0 for the worst.
   */
  value: number
  /** "72.5% (29 of 40)", "14", "Yes", "Good", "£1,250.50". */
  shown: string
  /** `null` where the clause rates nothing (Kent STLS "NA", or no target). */
  rag: Rag | null
  /** Which rule rated it, for the text beside the colour. */
  ratedBy: string
}

export interface KpiResultOptions {
  figures: TKpiFigures
  indicator: Pick<TKpi, 'targets' | 'ragRated' | 'measuredAs' | 'expectedAnswer' | 'ratingScale'>
  ragBands?: TRagBands
}

export class KpiFiguresError extends Error {
  constructor(
    message: string,
    readonly part: TKpiFigurePart,
  ) {
    super(message)
    this.name = 'KpiFiguresError'
  }
}

/** The words for a figure the clause gives no rule to rate. */
export const NOT_RATED = 'Not RAG rated'
const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })

const MEASURE_WORDS: Record<TKpiMeasure, string> = {
  percentage: 'a percentage (how many of how many)',
  count: 'a count',
  yes_no: 'yes or no',
  rating: 'a rating',
  amount: 'an amount of money',
}

/** The part of a measure's figure a figure of the wrong measure is reported against. */
const FIRST_PART: Record<TKpiMeasure, TKpiFigurePart> = { percentage: 'numerator', count: 'count', yes_no: 'answer', rating: 'rating', amount: 'pence' }

export function kpiResult({ figures, indicator, ragBands }: KpiResultOptions): KpiResult {
  const measure = measureOf(indicator)
  if (figures.measure !== measure) throw new KpiFiguresError(`This indicator is returned as ${MEASURE_WORDS[measure]}`, FIRST_PART[measure])
  switch (figures.measure) {
    case 'percentage':
      return percentageResult(figures, indicator, ragBands)
    case 'count':
      return countResult(figures.count)
    case 'yes_no':
      return yesNoResult(figures.answer, indicator.expectedAnswer)
    case 'rating':
      return ratingResult(figures.rating, indicator.ratingScale ?? [])
    case 'amount':
      return amountResult(figures.pence)
  }
}

function percentageResult({ numerator, denominator }: { numerator: number; denominator: number }, indicator: KpiResultOptions['indicator'], ragBands?: TRagBands): KpiResult {
  if (!Number.isInteger(numerator)) throw new KpiFiguresError('Enter the numerator as a whole number', 'numerator')
  if (!Number.isInteger(denominator)) throw new KpiFiguresError('Enter the denominator as a whole number', 'denominator')
  if (denominator <= 0) throw new KpiFiguresError('The denominator must be more than zero', 'denominator')
  if (numerator < 0) throw new KpiFiguresError('The numerator must be zero or more', 'numerator')
  if (numerator > denominator) throw new KpiFiguresError('The numerator cannot be more than the denominator', 'numerator')
  const exact = (numerator / denominator) * 100
  const value = Math.round(exact * 10) / 10
  const shown = `${value}% (${COUNT.format(numerator)} of ${COUNT.format(denominator)})`
  const rule = ragRuleWords(indicator, ragBands)
  if (indicator.ragRated && ragBands) return { value, shown, rag: ragRating(exact, ragBands), ratedBy: rule }
  const [target] = indicator.targets
  if (!target) return { value, shown, rag: null, ratedBy: rule }
  const met = target.comparison === 'below' ? exact < target.percentage : exact >= target.percentage
  return { value, shown, rag: met ? 'green' : 'red', ratedBy: `${rule}: ${met ? 'met' : 'missed'}` }
}

function countResult(count: number): KpiResult {
  if (!Number.isInteger(count)) throw new KpiFiguresError('Enter the count as a whole number', 'count')
  if (count < 0) throw new KpiFiguresError('The count must be zero or more', 'count')
  return { value: count, shown: COUNT.format(count), rag: null, ratedBy: NOT_RATED }
}

function yesNoResult(answer: 'yes' | 'no', expectedAnswer: 'yes' | 'no' | undefined): KpiResult {
  const value = answer === 'yes' ? 1 : 0
  const shown = answer === 'yes' ? 'Yes' : 'No'
  if (!expectedAnswer) return { value, shown, rag: null, ratedBy: NOT_RATED }
  const met = answer === expectedAnswer
  return { value, shown, rag: met ? 'green' : 'red', ratedBy: `Expected ${expectedAnswer}: ${met ? 'met' : 'missed'}` }
}

function ratingResult(rating: string, scale: string[]): KpiResult {
  const place = scale.findIndex((label) => label.toLowerCase() === rating.trim().toLowerCase())
  if (place === -1) throw new KpiFiguresError(`Choose one of the ratings: ${scale.join(', ')}`, 'rating')
  return { value: scale.length - 1 - place, shown: scale[place], rag: null, ratedBy: NOT_RATED }
}

function amountResult(pence: number): KpiResult {
  if (!Number.isInteger(pence) || pence < 0) throw new KpiFiguresError('Enter the amount in pounds and pence, like £1,250.50', 'pence')
  return { value: pence, shown: formatPence(pence), rag: null, ratedBy: NOT_RATED }
}

/** The rule a figure is rated by, in words, before any figure is entered ("Target 95% or more"). */
export function ragRuleWords(indicator: KpiResultOptions['indicator'], ragBands?: TRagBands): string {
  const measure = measureOf(indicator)
  if (measure === 'percentage' && indicator.ragRated && ragBands) {
    return `Green ${ragBands.greenFrom}% +, amber ${ragBands.amberFrom}-${ragBands.greenFrom - 1}%, red below ${ragBands.amberFrom}%`
  }
  const [target] = measure === 'percentage' ? indicator.targets : []
  if (target) return `Target ${target.comparison === 'below' ? `below ${target.percentage}%` : `${target.percentage}% or more`}`
  if (measure === 'yes_no' && indicator.expectedAnswer) return `Expected ${indicator.expectedAnswer}`
  return NOT_RATED
}
