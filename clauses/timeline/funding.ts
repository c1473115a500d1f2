// Payment due dates and amounts. Southend clause 12: monthly in arrears on the 20th; Leicestershire
// SEIP 4.1: termly instalments in advance; Nottingham Schedule 1: three equal payments on 5 April,
// 5 September and 5 January, moved to the closest prior working day.
import { dateOf, plusDays, yearOf } from '../calendar/dates'
import { formatDate } from '../calendar/format'
import { paymentSchedule } from '../calendar/payments'
import { DEFAULT_ACADEMIC_YEAR_END, FINANCIAL_YEAR_END } from '../calendar/academic-year'
import { proRata } from '../calendar/pro-rata'
import { defaultFundingYear, linePaidAmount, type TFundingParams, type TFundingYear } from '../funding'
import type { DayOfYear, IsoDate, Pence, TimelineEntry } from '../values'
import { clausesOfKind, entry, noteTermDatesMissingBetween, unlessTermDatesMissing, type TimelineContext } from './context'

/** The yearly total: the stated total, or the table's paid amounts added up. */
function yearlyTotal(funding: TFundingParams): Pence | undefined {
  if (funding.totalAmount !== undefined) return funding.totalAmount
  if (!funding.showTotals || funding.lines.length === 0) return undefined
  const amounts = funding.lines.map(linePaidAmount)
  return amounts.every((amount) => amount !== undefined) ? amounts.reduce<number>((sum, amount) => sum + (amount ?? 0), 0) : undefined
}

interface FundingYear {
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
function fundingYears(startsOn: IsoDate, endsOn: IsoDate, kind: TFundingYear): FundingYear[] {
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

/** The amount for one year: the amount the clause states for that year, or its yearly total; for
 * part of a year, the share the clause's pro-rata rule gives (without one, none). */
function amountFor(year: FundingYear, yearlyTotal: Pence | undefined, funding: TFundingParams, termCalendar: TimelineContext['termCalendar']): { total?: Pence; totalFor: string } {
  const stated = funding.yearAmounts?.find((candidate) => candidate.year === year.label)
  const total = funding.yearAmounts ? stated?.amount : yearlyTotal
  if (total === undefined) return { totalFor: `for ${year.name}` }
  const amount = amountForPart(year, total, funding, termCalendar)
  return stated?.estimate ? { ...amount, totalFor: `${amount.totalFor} (the estimate the agreement gives)` } : amount
}

function amountForPart(year: FundingYear, total: Pence, funding: TFundingParams, termCalendar: TimelineContext['termCalendar']): { total?: Pence; totalFor: string } {
  if (year.whole) return { total, totalFor: `for ${year.name}` }
  if (!funding.proRata) return { totalFor: `for ${year.name}` }
  const share = proRata({ yearly: total, from: year.from, to: year.to, yearFrom: year.yearFrom, yearTo: year.yearTo, yearName: year.name, by: funding.proRata.by, termCalendar })
  return { total: share.amount, totalFor: `for ${formatDate(year.from)} to ${formatDate(year.to)} (${share.detail})` }
}

export function fundingTimeline(context: TimelineContext): TimelineEntry[] {
  const { content, termCalendar, period } = context
  const { startsOn, recurringUntil } = period
  if (!startsOn || !recurringUntil) return []
  return clausesOfKind(content, 'funding').flatMap(({ clause, reference }) => {
    const { paymentRule } = clause.params
    if (!paymentRule) return []
    const termly = paymentRule.kind === 'termly_in_advance'
    if (termly) noteTermDatesMissingBetween(context, startsOn, recurringUntil, { what: 'the termly payment dates', clause: reference })
    const equal = paymentRule.kind !== 'fixed_dates' || clause.params.equalInstalments === true
    const total = equal ? yearlyTotal(clause.params) : undefined
    const years = fundingYears(startsOn, recurringUntil, clause.params.fundingYear ?? defaultFundingYear(clause.params))
    return years.flatMap((year) =>
      unlessTermDatesMissing(() =>
        paymentSchedule({
          rule: paymentRule,
          from: year.from,
          to: year.to,
          ...amountFor(year, total, clause.params, termCalendar),
          termCalendar,
          clause: reference,
        }).map((payment) => entry('payment.due', 'Payment due', reference, payment, payment.amount)),
      ),
    )
  })
}
