// Payment due dates and amounts. Southend clause 12: monthly in arrears on the 20th; Leicestershire
// SEIP 4.1: termly instalments in advance; Nottingham Schedule 1: three equal payments on 5 April,
// 5 September and 5 January, moved to the closest prior working day.
import { amountForYear, fundingYears } from '../calendar/funding-years'
import { paymentSchedule } from '../calendar/payments'
import { defaultFundingYear, yearlyTotal } from '../funding'
import type { TimelineEntry } from '../values'
import { clausesOfKind, entry, noteTermDatesMissingBetween, unlessTermDatesMissing, type TimelineContext } from './context'

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
          ...amountForYear(year, total, clause.params, termCalendar),
          termCalendar,
          clause: reference,
        }).map((payment) => entry('payment.due', 'Payment due', reference, payment, payment.amount)),
      ),
    )
  })
}
