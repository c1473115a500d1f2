// One agreement's timeline: every dated entry its clauses give, plus the deadlines that recorded
// events (served notices, referred disputes, complaints, referrals, admissions) and a what-if add,
// sorted by date. The API, the UI and the ICS feed all use it, so they show the same dates.
import type { AgreementContent } from '../agreement-content'
import type { IsoDate, TermCalendar, TimelineEntry } from '../values'
import type { AgreementEvent, TimelineContext, WhatIf } from './context'
import { disputeTimeline } from './disputes'
import { fundingTimeline } from './funding'
import { kpiTimeline } from './kpis'
import { obligationTimeline } from './obligations'
import { recordsRetentionTimeline } from './records-retention'
import { reportingTimeline } from './reporting'
import { markProposed } from './proposed'
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

export function buildTimeline({ content, termCalendar, events = [], whatIf, asOf }: BuildTimelineOptions): TimelineEntry[] {
  const { agreed, period, notices, terminations } = periodAfterNotices({ content, termCalendar, events, whatIf })
  // Once a notice ends the agreement earlier, payments, reports and retention run to that day.
  const running: TimelineContext = { content, termCalendar, events, period }

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
  return markProposed(entries, content).filter((candidate) => !asOf || candidate.date >= asOf).sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key))
}
