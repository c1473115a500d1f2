// A KPI return's figures: the percentage the numerator and denominator make, and its RAG rating
// against the clause. Kent STLS Appendix 1: green 75% +, amber 70-74%, red below 70%; Kent PRU
// Schedule 1 clause 9: targets of 95% and 100% with no amber band, so a target is met or missed.
import { ragRating, type TKpi, type TRagBands } from '../kpis'

export type Rag = 'green' | 'amber' | 'red'

export interface KpiResult {
  /** Rounded to one decimal place for display; the rating uses the exact value. */
  percentage: number
  /** `null` where the clause rates nothing (Kent STLS "NA", or no target). */
  rag: Rag | null
  /** Which rule rated it, for the text beside the colour. */
  ratedBy: string
}

export interface KpiResultOptions {
  numerator: number
  denominator: number
  indicator: Pick<TKpi, 'targets' | 'ragRated'>
  ragBands?: TRagBands
}

export class KpiFiguresError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'KpiFiguresError'
  }
}

export function kpiResult({ numerator, denominator, indicator, ragBands }: KpiResultOptions): KpiResult {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator)) throw new KpiFiguresError('Enter whole numbers')
  if (denominator <= 0) throw new KpiFiguresError('The denominator must be more than zero')
  if (numerator < 0) throw new KpiFiguresError('The numerator must be zero or more')
  if (numerator > denominator) throw new KpiFiguresError('The numerator cannot be more than the denominator')
  const exact = (numerator / denominator) * 100
  const percentage = Math.round(exact * 10) / 10
  if (indicator.ragRated && ragBands) {
    return { percentage, rag: ragRating(exact, ragBands), ratedBy: `Green ${ragBands.greenFrom}% +, amber ${ragBands.amberFrom}-${ragBands.greenFrom - 1}%, red below ${ragBands.amberFrom}%` }
  }
  const [target] = indicator.targets
  if (!target) return { percentage, rag: null, ratedBy: 'Not RAG rated' }
  const met = target.comparison === 'below' ? exact < target.percentage : exact >= target.percentage
  const words = target.comparison === 'below' ? `below ${target.percentage}%` : `${target.percentage}% or more`
  return { percentage, rag: met ? 'green' : 'red', ratedBy: `Target ${words}: ${met ? 'met' : 'missed'}` }
}
