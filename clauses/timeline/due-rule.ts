// The due dates of a DueRule in an agreement: recurring ones while the agreement runs, and
// event-driven ones ("within 72 hours of the initial complaint") from recorded events.
import type { DatedBasis } from '../calendar/dated'
import { dueAfterEvent, reportDueDates } from '../calendar/reports'
import { reportsPerYear } from '../calendar/times-per-year'
import type { DueRule } from '../values'
import { unlessTermDatesMissing, type AgreementEventType, type TimelineContext } from './context'

/** Which recorded events a rule's event words refer to: Kent PRU Schedule 1 "the initial
 * complaint", "referral", "the young person being admitted to the programme". */
const EVENT_WORDS: Partial<Record<AgreementEventType, RegExp>> = {
  complaint_received: /complain/i,
  referral_received: /referr?al/i,
  pupil_admitted: /admi(t|ssion)/i,
  breach_reported: /breach/i,
}

/** `timesPerYear` spreads a termly rule's reports over each year's terms (3 a year on Kent's six
 * terms: after terms 2, 4 and 6), unless the clause names the terms itself (`termNumbers`). */
export function dueDates(rule: DueRule, reference: string, { termCalendar, events, period }: TimelineContext, termNumbers?: number[], timesPerYear?: number): DatedBasis[] {
  if (rule.kind === 'after_event') {
    return events
      .filter((event) => EVENT_WORDS[event.type]?.test(rule.event))
      .flatMap((event) =>
        unlessTermDatesMissing(() => [dueAfterEvent({ within: rule.within, event: rule.event, occurredOn: event.occurredOn, time: event.time, termCalendar, clause: reference })]),
      )
  }
  const { startsOn, recurringUntil } = period
  if (!startsOn || !recurringUntil) return []
  if (rule.kind === 'termly' && timesPerYear && !termNumbers) {
    return unlessTermDatesMissing(() => reportsPerYear({ timesPerYear, after: rule.after, from: startsOn, to: recurringUntil, termCalendar, clause: reference }))
  }
  return unlessTermDatesMissing(() => reportDueDates({ rule, from: startsOn, to: recurringUntil, termCalendar, clause: reference, termNumbers }))
}
