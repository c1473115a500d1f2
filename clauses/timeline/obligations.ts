// Timed service obligations. Kent PRU Schedule 1: provision within five working days of referral,
// the first education plan within 15 term-time days of admission, complaints within 72 hours.
import type { TimelineEntry } from '../values'
import { clausesOfKind, entry, type TimelineContext } from './context'
import { dueDates } from './due-rule'

export function obligationTimeline(context: TimelineContext): TimelineEntry[] {
  return clausesOfKind(context.content, 'obligations').flatMap(({ clause, reference }) =>
    clause.params.obligations.flatMap((obligation) =>
      dueDates(obligation.due, reference, context, undefined, { key: 'obligation.due', label: `${obligation.owedBy}: ${obligation.duty}`, what: `the due dates to ${obligation.duty}` }).map((due) => entry('obligation.due', `${obligation.owedBy}: ${obligation.duty}`, reference, due)),
    ),
  )
}
