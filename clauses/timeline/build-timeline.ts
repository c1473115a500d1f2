// One agreement's timeline: every dated entry its clauses give, plus the deadlines that recorded
// events (served notices, referred disputes, complaints, referrals, admissions) and a what-if add,
// sorted by date; and what cannot be dated, with the reason (a notice sent by a method the notices
// clause does not permit, term dates not entered). The API, the UI and the ICS feed all use it, so
// they show the same dates.
import type { AgreementContent } from '../agreement-content'
import { academicYearSpan } from '../calendar/academic-year'
import { cite } from '../calendar/dated'
import { formatList } from '../calendar/format'
import { describeMissingTermDates } from '../calendar/term-calendar'
import type { IsoDate, TermCalendar, TimelineEntry } from '../values'
import { entry, noTimelineGaps, type AgreementEvent, type TimelineContext, type TimelineGaps, type UndatedEntry, type WhatIf } from './context'
import { disputeTimeline } from './disputes'
import { fundingTimeline } from './funding'
import { kpiTimeline } from './kpis'
import { obligationTimeline } from './obligations'
import { recordsRetentionTimeline } from './records-retention'
import { reportingTimeline } from './reporting'
import { periodAfterNotices, termTimeline } from './term'
import { renewalNoticeDeadlines } from './termination'

export interface BuildTimelineOptions {
  content: AgreementContent
  termCalendar?: TermCalendar
  events?: AgreementEvent[]
  whatIf?: WhatIf
  /** Leave out entries before this day. */
  asOf?: IsoDate
}

export interface AgreementTimeline {
  entries: TimelineEntry[]
  /** Entries that cannot be dated, each with the reason. */
  undated: UndatedEntry[]
}

/** One entry per academic year whose term dates are missing, on its first day (or the agreement's,
 * if later), saying what cannot be worked out for that year. */
function missingTermDatesEntries({ missingTermDates }: TimelineGaps, startsOn: IsoDate | undefined): TimelineEntry[] {
  return [...missingTermDates].map(([academicYear, needs]) => {
    const { start } = academicYearSpan(academicYear)
    const date = startsOn && startsOn > start ? startsOn : start
    const clauses = [...new Set(needs.map((need) => need.clause))].join(', ')
    const what = formatList(needs.map((need) => `${need.what} ${cite(need.clause)}`))
    const missing = describeMissingTermDates(academicYear)
    return entry('term_dates.missing', missing, clauses, { date, basis: `${missing}: ${what} for that year cannot be worked out; add them under Term dates` })
  })
}

export function buildAgreementTimeline({ content, termCalendar, events = [], whatIf, asOf }: BuildTimelineOptions): AgreementTimeline {
  const gaps = noTimelineGaps()
  const { agreed, period, notices, terminations } = periodAfterNotices({ content, termCalendar, events, whatIf, gaps })
  // Once a notice ends the agreement earlier, payments, reports and retention run to that day.
  const running: TimelineContext = { content, termCalendar, events, period, gaps }

  const entries = [
    ...termTimeline(running),
    ...renewalNoticeDeadlines({ ...running, period: agreed }),
    ...notices.map(({ entry }) => entry),
    ...terminations,
    ...disputeTimeline(running, whatIf),
    ...fundingTimeline(running),
    ...reportingTimeline(running),
    ...kpiTimeline(running),
    ...obligationTimeline(running),
    ...recordsRetentionTimeline(running),
  ]
  const all = [...entries, ...missingTermDatesEntries(gaps, period.startsOn)]
  return {
    entries: all.filter((candidate) => !asOf || candidate.date >= asOf).sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key)),
    undated: gaps.undated,
  }
}

/** The dated entries alone (the ICS feed, the obligations' tests). */
export function buildTimeline(options: BuildTimelineOptions): TimelineEntry[] {
  return buildAgreementTimeline(options).entries
}
