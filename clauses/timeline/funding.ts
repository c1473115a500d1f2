// Payment due dates and amounts. Southend clause 12: monthly in arrears on the 20th; Leicestershire
// SEIP 4.1: termly instalments in advance; Nottingham Schedule 1: three equal payments on 5 April,
// 5 September and 5 January, moved to the closest prior working day.
import { dateOf, plusDays, yearOf } from '../calendar/dates'
import { paymentSchedule } from '../calendar/payments'
import { DEFAULT_ACADEMIC_YEAR_END, FINANCIAL_YEAR_END } from '../calendar/academic-year'
import { formatDate } from '../calendar/format'
import { linePaidAmount, type TFundingParams } from '../funding'
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
  whole: boolean
  name: string
}

/** The financial (or, for termly payments, academic: 1 September to 31 August, as the seeds pay
 * "termly" without defining the year) years the agreement runs in, cut to its dates. */
function fundingYears(startsOn: IsoDate, endsOn: IsoDate, yearEnd: DayOfYear, kind: string): FundingYear[] {
  const years: FundingYear[] = []
  for (let endYear = yearOf(startsOn); ; endYear++) {
    const yearTo = dateOf(endYear, yearEnd.month, yearEnd.day)
    const yearFrom = plusDays(dateOf(endYear - 1, yearEnd.month, yearEnd.day), 1)
    if (yearTo < startsOn) continue
    if (yearFrom > endsOn) return years
    years.push({
      from: yearFrom < startsOn ? startsOn : yearFrom,
      to: yearTo > endsOn ? endsOn : yearTo,
      whole: yearFrom >= startsOn && yearTo <= endsOn,
      name: `for the ${kind} ${endYear - 1}/${String(endYear).slice(2)} (${formatDate(yearFrom)} to ${formatDate(yearTo)})`,
    })
  }
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
    const years = fundingYears(startsOn, recurringUntil, termly ? DEFAULT_ACADEMIC_YEAR_END : FINANCIAL_YEAR_END, termly ? 'academic year' : 'financial year')
    return years.flatMap((year) =>
      unlessTermDatesMissing(() =>
        paymentSchedule({
          rule: paymentRule,
          from: year.from,
          to: year.to,
          // A part year's share is not stated by the agreement, so only whole years carry amounts.
          total: year.whole ? total : undefined,
          totalFor: year.name,
          termCalendar,
          clause: reference,
        }).map((payment) => entry('payment.due', 'Payment due', reference, payment, payment.amount)),
      ),
    )
  })
}
