// The due dates of a DueRule in an agreement: recurring ones while the agreement runs, and
// event-driven ones ("within 72 hours of the initial complaint") from recorded events.
import type { DatedBasis } from '../calendar/dated'
import { formatDate } from '../calendar/format'
import { dueAfterEvent, reportDueDates } from '../calendar/reports'
import type { DueRule, TimelineKey } from '../values'
import {
  noteTermDatesMissingBetween,
  termDatesNeededFor,
  undatedFor,
  unlessTermDatesMissing,
  type AgreementEventType,
  type TimelineContext,
} from './context'

/** Which recorded events a rule's event words refer to: Kent PRU Schedule 1 "the initial
 * complaint", "referral", "the young person being admitted to the programme". */
const EVENT_WORDS: Partial<Record<AgreementEventType, RegExp>> = {
  complaint_received: /complain/i,
  referral_received: /referr?al/i,
  pupil_admitted: /admi(t|ssion)/i,
  breach_reported: /breach/i,
}

/** The timeline entry the due dates become, to say which cannot be worked out. */
export interface DueEntry {
  key: TimelineKey
  label: string
  /** "the Local Activity Report due dates" */
  what: string
}

/** Rules whose recurring dates are read from the term calendar. */
function readsTermDates(rule: DueRule): boolean {
  if (rule.kind === 'termly' || rule.kind === 'by_october_half_term') return true
  return rule.kind === 'before_annual_event' && (rule.before.unit === 'school_days' || rule.before.unit === 'terms')
}

export function dueDates(rule: DueRule, reference: string, context: TimelineContext, termNumbers?: number[], dueEntry?: DueEntry): DatedBasis[] {
  const { termCalendar, events, period } = context
  if (rule.kind === 'after_event') {
    return events
      .filter((event) => EVENT_WORDS[event.type]?.test(rule.event))
      .flatMap((event) =>
        unlessTermDatesMissing(
          () => [dueAfterEvent({ within: rule.within, event: rule.event, occurredOn: event.occurredOn, time: event.time, termCalendar, clause: reference })],
          dueEntry && undatedFor(context, { key: dueEntry.key, label: `${dueEntry.label} (${rule.event} on ${formatDate(event.occurredOn)})`, clause: reference }),
        ),
      )
  }
  const { startsOn, recurringUntil } = period
  if (!startsOn || !recurringUntil) return []
  const need = dueEntry && { what: dueEntry.what, clause: reference }
  if (need && readsTermDates(rule)) noteTermDatesMissingBetween(context, startsOn, recurringUntil, need)
  return reportDueDates({ rule, from: startsOn, to: recurringUntil, termCalendar, clause: reference, termNumbers, onMissingTermDates: need && termDatesNeededFor(context, need) })
}
