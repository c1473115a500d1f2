// What the timeline of one agreement is built from: its clauses, the authority's term calendar,
// recorded events and an optional legal "what if". Pure; no framework imports.
import type { AgreementContent, ClauseInstance, Section } from '../agreement-content'
import type { ClauseKindName } from '../index'
import { TermCalendarNeededError, TermCalendarRangeError } from '../calendar/term-calendar'
import type { IsoDate, NoticeMethod, TermCalendar, TimelineEntry, TimelineKey } from '../values'
import type { DatedBasis } from '../calendar/dated'

export const AGREEMENT_EVENT_TYPES = [
  'notice_served',
  'dispute_referred',
  'breach_reported',
  'complaint_received',
  'referral_received',
  'pupil_admitted',
] as const
export type AgreementEventType = (typeof AGREEMENT_EVENT_TYPES)[number]

/** A recorded fact about an agreement (DESIGN.md `POST /api/v1/agreements/:id/events`). */
export interface AgreementEvent {
  type: AgreementEventType
  occurredOn: IsoDate
  method?: NoticeMethod
  /** Europe/London local time, HH:MM. */
  time?: string
  notes?: string
  /** For a notice served: the id of the termination clause it was served under; unstated, it is
   * taken under every notice clause (Leicestershire SEIP 17.1 gives a different date from 17.2). */
  clauseId?: string
}

/** "If notice is served on DATE by METHOD at TIME ..." and "if a dispute is referred on DATE ...". Stores nothing. */
export interface WhatIf {
  noticeServedOn?: IsoDate
  noticeMethod?: NoticeMethod
  noticeTime?: string
  disputeReferredOn?: IsoDate
}

/** The days recurring entries (payments, reports, reviews) are worked out for. */
export interface AgreementPeriod {
  startsOn?: IsoDate
  /** The end date, or the day termination takes effect if notice has been served and that is earlier. */
  endsOn?: IsoDate
  /** Recurring entries stop here: the end date, or for an agreement without one the end of the
   * last academic year on the term calendar. */
  recurringUntil?: IsoDate
}

export interface TimelineContext {
  content: AgreementContent
  termCalendar?: TermCalendar
  events: AgreementEvent[]
  period: AgreementPeriod
}

export interface LocatedClause<Name extends ClauseKindName> {
  clause: Extract<ClauseInstance, { kind: Name }>
  /** How a solicitor cites it: "17.1", "Schedule 1, paragraph 3", or the section's heading. */
  reference: string
}

function clauseReference(section: Section, clause: ClauseInstance): string {
  if (section.kind !== 'section') {
    const schedule = section.number ? `${section.kind === 'schedule' ? 'Schedule' : 'Appendix'} ${section.number}` : section.heading
    return clause.number ? `${schedule}, paragraph ${clause.number}` : schedule
  }
  return clause.number || section.number || clause.heading || section.heading
}

const clausesByContent = new WeakMap<AgreementContent, Map<string, LocatedClause<ClauseKindName>[]>>()

/** The agreement's clauses of a kind with their references, grouped once per content. */
export function clausesOfKind<Name extends ClauseKindName>(content: AgreementContent, kind: Name): LocatedClause<Name>[] {
  let byKind = clausesByContent.get(content)
  if (!byKind) {
    byKind = new Map()
    for (const section of content.sections) {
      for (const clause of section.clauses) {
        const located = { clause, reference: clauseReference(section, clause) } as LocatedClause<ClauseKindName>
        byKind.set(clause.kind, [...(byKind.get(clause.kind) ?? []), located])
      }
    }
    clausesByContent.set(content, byKind)
  }
  return (byKind.get(kind) ?? []) as unknown as LocatedClause<Name>[]
}

export function entry(key: TimelineKey, label: string, clause: string, { date, basis }: DatedBasis, amount?: number): TimelineEntry {
  return amount === undefined ? { key, date, label, clause, basis } : { key, date, label, clause, basis, amount }
}

/** A date that needs term dates the authority has not entered (no term calendar, or not that
 * year yet) cannot be worked out; it is left off until they are added. Any other error is a bug
 * and is thrown. */
export function unlessTermDatesMissing<Value>(work: () => Value[]): Value[] {
  try {
    return work()
  } catch (error) {
    if (error instanceof TermCalendarRangeError || error instanceof TermCalendarNeededError) return []
    throw error
  }
}
