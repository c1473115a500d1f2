// How long records are kept once the agreement ends. Leicestershire SEIP clause 10.1: "7
// financial years (including current)"; Nottingham clause 5.1: "a period of 3 years".
import type { IsoDate } from '../values'
import { plusYears } from './dates'
import { cite, type DatedBasis } from './dated'
import { formatDate } from './format'
import { financialYearEndOf } from './academic-year'

export interface RetentionOptions {
  agreementEndsOn: IsoDate
  years: number
  countedIn: 'financial_years' | 'years'
  /** The financial year the agreement ends in counts as the first of them. */
  includesCurrentYear: boolean
  clause: string
}

export function retainUntil({ agreementEndsOn, years, countedIn, includesCurrentYear, clause }: RetentionOptions): DatedBasis {
  const ends = `the agreement ends on ${formatDate(agreementEndsOn)}`
  if (countedIn === 'years') {
    const date = plusYears(agreementEndsOn, years)
    return { date, basis: `Records kept for ${years} years after ${ends}: until ${formatDate(date)} ${cite(clause)}` }
  }
  const financialYearEnd = financialYearEndOf(agreementEndsOn)
  const yearsAfter = includesCurrentYear ? years - 1 : years
  const date = plusYears(financialYearEnd, yearsAfter)
  const counting = includesCurrentYear
    ? `counting the financial year ending ${formatDate(financialYearEnd)} in which ${ends} as the first`
    : `after the end of the financial year in which ${ends}, ${formatDate(financialYearEnd)}`
  return { date, basis: `Records kept for ${years} financial years ${counting}: until ${formatDate(date)} ${cite(clause)}` }
}
