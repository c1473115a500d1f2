import { buildAgreementTimeline, type AgreementTimeline } from '#clauses/timeline/build-timeline'
import { type AgreementEvent as TAgreementEventValue, type UndatedEntry, type WhatIf } from '#clauses/timeline/context'
import { type IsoDate, type TermCalendar as TTermCalendarValue, type TimelineEntry } from '#clauses/values'
import { type TAgreement } from '#models/agreement'
import { AgreementEvent, toAgreementEventValue } from '#models/agreement-event'
import { TermCalendar, toTermCalendarValue } from '#models/term-calendar'

export type TTimelineInputs = {
  termCalendar?: TTermCalendarValue
  events: TAgreementEventValue[]
}

type TAgreementRef = Pick<TAgreement, '_id' | 'authority' | 'originalAgreement'>

/**
 * What an agreement's timeline is built from besides its clauses: its authority's term dates and its
 * recorded events - those recorded against this version and against the original agreement, as the
 * obligations use them, so a notice served before a variation still ends the varied agreement.
 */
export async function loadTimelineInputs(agreement: TAgreementRef): Promise<TTimelineInputs> {
  const inputs = await loadManyTimelineInputs([agreement])
  return inputs.get(String(agreement._id)) ?? { events: [] }
}

/** The same for many agreements (the calendar feed), in two queries rather than two per agreement. */
export async function loadManyTimelineInputs(agreements: TAgreementRef[]): Promise<Map<string, TTimelineInputs>> {
  const eventSources = (agreement: TAgreementRef) => [String(agreement._id), String(agreement.originalAgreement ?? agreement._id)]
  const agreementIds = [...new Set(agreements.flatMap(eventSources))]
  const authorityIds = [...new Set(agreements.map((agreement) => String(agreement.authority)))]
  const [calendars, events] = await Promise.all([
    TermCalendar.find({ authority: { $in: authorityIds } }).lean(),
    AgreementEvent.find({ agreement: { $in: agreementIds } }).sort({ occurredOn: 1, recordedAt: 1 }).lean(),
  ])
  const calendarByAuthority = new Map(calendars.map((calendar) => [String(calendar.authority), toTermCalendarValue(calendar)]))
  const eventsFor = (agreement: TAgreementRef) => {
    const sources = new Set(eventSources(agreement))
    return events.filter((event) => sources.has(String(event.agreement))).map(toAgreementEventValue)
  }
  return new Map(
    agreements.map((agreement) => [String(agreement._id), { termCalendar: calendarByAuthority.get(String(agreement.authority)), events: eventsFor(agreement) }]),
  )
}

/** An authority's term dates as the clause library reads them; undefined when none are entered. */
export async function loadTermCalendar(authorityId: TAgreement['authority']): Promise<TTermCalendarValue | undefined> {
  const calendar = await TermCalendar.findOne({ authority: authorityId }).lean()
  return calendar ? toTermCalendarValue(calendar) : undefined
}

export type TAgreementTimelineOptions = {
  agreement: Pick<TAgreement, 'content'>
  inputs: TTimelineInputs
  whatIf?: WhatIf
  asOf?: IsoDate
}

/** The dated entries, and those that cannot be dated with the reason. */
export function agreementTimeline({ agreement, inputs, whatIf, asOf }: TAgreementTimelineOptions): AgreementTimeline {
  return buildAgreementTimeline({ content: agreement.content, termCalendar: inputs.termCalendar, events: inputs.events, whatIf, asOf })
}

const identity = (entry: TimelineEntry) => `${entry.key}|${entry.date}|${entry.clause}|${entry.label}|${entry.basis}|${entry.amount ?? ''}`

/** The entries of `after` that `before` does not have: what a what-if or a recorded event adds. */
export function entriesAdded(before: TimelineEntry[], after: TimelineEntry[]): TimelineEntry[] {
  const existing = new Set(before.map(identity))
  return after.filter((entry) => !existing.has(identity(entry)))
}

const undatedIdentity = (undated: UndatedEntry) => `${undated.key}|${undated.clause}|${undated.label}|${undated.reason}`

/** The entries `after` cannot date that `before` could not either: what a what-if leaves unanswered. */
export function undatedAdded(before: UndatedEntry[], after: UndatedEntry[]): UndatedEntry[] {
  const existing = new Set(before.map(undatedIdentity))
  return after.filter((undated) => !existing.has(undatedIdentity(undated)))
}
