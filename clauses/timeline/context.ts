// What the timeline of one agreement is built from: its clauses, the authority's term calendar,
// recorded events and an optional legal "what if". Pure; no framework imports.
import type { AgreementContent, ClauseInstance, Section } from '../agreement-content'
import type { ClauseKindName } from '../index'
import { academicYearsWithoutTermDates, termCalendarOrNone, TermCalendarRangeError } from '../calendar/term-calendar'
import { NoNoticeDayError } from '../calendar/termination'
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

/** An entry the timeline would have but cannot date, and why: a notice sent by a method the
 * notices clause does not permit, or a deadline that needs term dates not entered. */
export interface UndatedEntry {
  key: TimelineKey
  label: string
  clause: string
  reason: string
}

/** What needs an academic year's term dates: "the termly payment dates" under clause "4.1". */
export interface TermDatesNeed {
  what: string
  clause: string
}

/** What the timeline could not work out, gathered while it is built. */
export interface TimelineGaps {
  undated: UndatedEntry[]
  /** Academic year ("2028/29") -> what needs its term dates. */
  missingTermDates: Map<string, TermDatesNeed[]>
}

export function noTimelineGaps(): TimelineGaps {
  return { undated: [], missingTermDates: new Map() }
}

export interface TimelineContext {
  content: AgreementContent
  termCalendar?: TermCalendar
  events: AgreementEvent[]
  period: AgreementPeriod
  /** Where to say what could not be worked out; without it, such entries are left off. */
  gaps?: TimelineGaps
}

export interface LocatedClause<Name extends ClauseKindName> {
  clause: Extract<ClauseInstance, { kind: Name }>
  /** How a solicitor cites it: "17.1", "Schedule 1, paragraph 3", or the section's heading. */
  reference: string
}

function clauseReference(section: Section, clause: ClauseInstance): string {
  if (section.kind === 'schedule') {
    const schedule = section.number ? `Schedule ${section.number}` : section.heading
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

/** Why a date cannot be worked out: term dates not entered, or terms that never end the agreement
 * in time. Any other error is a bug and is thrown. */
export type Unworkable = TermCalendarRangeError | NoNoticeDayError

/** A date that needs term dates the authority has not entered cannot be worked out: it is left
 * off, and `onUnworkable` says so. */
export function unlessTermDatesMissing<Value>(work: () => Value[], onUnworkable?: (error: Unworkable) => void): Value[] {
  try {
    return work()
  } catch (error) {
    if (!(error instanceof TermCalendarRangeError || error instanceof NoNoticeDayError)) throw error
    onUnworkable?.(error)
    return []
  }
}

/** Records an entry that cannot be dated, with the reason. */
export function undatedFor(context: Pick<TimelineContext, 'gaps'>, entry: Omit<UndatedEntry, 'reason'>): (error: Unworkable) => void {
  return (error) => context.gaps?.undated.push({ ...entry, reason: error.message })
}

/** Records the academic year a recurring entry needs term dates for. */
export function termDatesNeededFor(context: Pick<TimelineContext, 'gaps'>, need: TermDatesNeed): (error: Unworkable) => void {
  return (error) => {
    if (error instanceof TermCalendarRangeError) noteMissingTermDates(context, error.academicYear, need)
  }
}

export function noteMissingTermDates({ gaps }: Pick<TimelineContext, 'gaps'>, academicYear: string, need: TermDatesNeed): void {
  if (!gaps) return
  const needs = gaps.missingTermDates.get(academicYear) ?? []
  if (!needs.some((known) => known.what === need.what && known.clause === need.clause)) needs.push(need)
  gaps.missingTermDates.set(academicYear, needs)
}

/** Records every academic year from `from`'s to `to`'s without term dates that a recurring entry needs. */
export function noteTermDatesMissingBetween(context: Pick<TimelineContext, 'termCalendar' | 'gaps'>, from: IsoDate, to: IsoDate, need: TermDatesNeed): void {
  if (!context.gaps || from > to) return
  for (const academicYear of academicYearsWithoutTermDates(termCalendarOrNone(context.termCalendar), from, to)) noteMissingTermDates(context, academicYear, need)
}
