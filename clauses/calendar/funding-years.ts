// The years a funding clause's yearly amounts are for, cut to the agreement's dates, and the amount
// for each: the amount the clause states for that year, or its yearly total; for part of a year, the
// share its pro-rata rule gives. The timeline's payments and the document's part-year amounts both
// read them here, so the wording and the deadlines give the same figures (issue 20).
import type { TFundingParams, TFundingYear } from '../funding'
import type { DayOfYear, IsoDate, Pence, TermCalendar } from '../values'
import { DEFAULT_ACADEMIC_YEAR_END, FINANCIAL_YEAR_END } from './academic-year'
import { dateOf, plusDays, yearOf } from './dates'
import { formatDate } from './format'
import { proRata } from './pro-rata'

export interface FundingYear {
  from: IsoDate
  to: IsoDate
  /** The whole year this is (part of), inclusive. */
  yearFrom: IsoDate
  yearTo: IsoDate
  whole: boolean
  /** "the financial year 2026/27" */
  name: string
  /** "2026/27", as an agreement names the year it states an amount for. */
  label: string
}

/** The last day of each year of `kind` is on this day (a financial year ends 31 March); a year of
 * the agreement ends the day before each anniversary of its start. */
function yearEndOf(kind: TFundingYear, startsOn: IsoDate): DayOfYear {
  if (kind === 'financial_year') return FINANCIAL_YEAR_END
  if (kind === 'academic_year') return DEFAULT_ACADEMIC_YEAR_END
  const dayBefore = plusDays(startsOn, -1)
  // An agreement starting on 1 March has years ending 28 (or 29) February: dateOf clamps.
  return { day: Number(dayBefore.slice(8, 10)), month: Number(dayBefore.slice(5, 7)) }
}

const YEAR_NAMES: Record<TFundingYear, string> = { financial_year: 'financial year', academic_year: 'academic year', agreement_year: 'year of the agreement' }

/** The years of `kind` the agreement runs in, cut to its dates; bounded by its end. */
export function fundingYears(startsOn: IsoDate, endsOn: IsoDate, kind: TFundingYear): FundingYear[] {
  const yearEnd = yearEndOf(kind, startsOn)
  const years: FundingYear[] = []
  for (let endYear = yearOf(startsOn); ; endYear++) {
    const yearTo = dateOf(endYear, yearEnd.month, yearEnd.day)
    const yearFrom = plusDays(dateOf(endYear - 1, yearEnd.month, yearEnd.day), 1)
    if (yearTo < startsOn) continue
    if (yearFrom > endsOn) return years
    const label = `${endYear - 1}/${String(endYear).slice(2)}`
    const name = kind === 'agreement_year' ? `the year of the agreement from ${formatDate(yearFrom)}` : `the ${YEAR_NAMES[kind]} ${label}`
    years.push({
      from: yearFrom < startsOn ? startsOn : yearFrom,
      to: yearTo > endsOn ? endsOn : yearTo,
      yearFrom,
      yearTo,
      whole: yearFrom >= startsOn && yearTo <= endsOn,
      name,
      label,
    })
  }
}

export interface YearAmount {
  total?: Pence
  /** What the total is for, in words: "for the financial year 2026/27", or the part and its working. */
  totalFor: string
}

type TAmountRules = Pick<TFundingParams, 'yearAmounts' | 'proRata'>

/** The amount for one year: the amount the clause states for that year, or its yearly total; for
 * part of a year, the share the clause's pro-rata rule gives (without one, none). */
export function amountForYear(year: FundingYear, yearlyTotal: Pence | undefined, funding: TAmountRules, termCalendar?: TermCalendar): YearAmount {
  const stated = funding.yearAmounts?.find((candidate) => candidate.year === year.label)
  const total = funding.yearAmounts ? stated?.amount : yearlyTotal
  if (total === undefined) return { totalFor: `for ${year.name}` }
  const amount = amountForPart(year, total, funding, termCalendar)
  return stated?.estimate ? { ...amount, totalFor: `${amount.totalFor} (the estimate the agreement gives)` } : amount
}

function amountForPart(year: FundingYear, total: Pence, funding: TAmountRules, termCalendar?: TermCalendar): YearAmount {
  if (year.whole) return { total, totalFor: `for ${year.name}` }
  if (!funding.proRata) return { totalFor: `for ${year.name}` }
  const share = proRata({ yearly: total, from: year.from, to: year.to, yearFrom: year.yearFrom, yearTo: year.yearTo, yearName: year.name, by: funding.proRata.by, termCalendar })
  return { total: share.amount, totalFor: `for ${formatDate(year.from)} to ${formatDate(year.to)} (${share.detail})` }
}
