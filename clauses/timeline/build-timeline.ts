// One agreement's timeline: every dated entry its clauses give, plus the deadlines that recorded
// events (served notices, referred disputes, complaints, referrals, admissions) and a what-if add,
// sorted by date. The API, the UI and the ICS feed all use it, so they show the same dates.
import type { AgreementContent } from '../agreement-content'
import type { IsoDate, TermCalendar, TimelineEntry } from '../values'
import type { AgreementEvent, TimelineContext, WhatIf } from './context'
import { disputeTimeline } from './disputes'
import { fundingTimeline } from './funding'
import { kpiTimeline } from './kpis'
import { deemedNotices, servedNotices } from './notices'
import { obligationTimeline } from './obligations'
import { recordsRetentionTimeline } from './records-retention'
import { reportingTimeline } from './reporting'
import { agreementPeriod, termTimeline } from './term'
import { renewalNoticeDeadlines, terminationEntries } from './termination'

export interface BuildTimelineOptions {
  content: AgreementContent
  termCalendar?: TermCalendar
  events?: AgreementEvent[]
  whatIf?: WhatIf
  /** Leave out entries before this day. */
  asOf?: IsoDate
}

/** The earlier of two days either of which may be unknown. */
function earlier(first: IsoDate | undefined, second: IsoDate | undefined): IsoDate | undefined {
  if (!first || !second) return first ?? second
  return first < second ? first : second
}

export function buildTimeline({ content, termCalendar, events = [], whatIf, asOf }: BuildTimelineOptions): TimelineEntry[] {
  const agreed = { content, termCalendar, events, period: agreementPeriod(content, termCalendar) }
  const notices = deemedNotices(content, servedNotices(events, whatIf))
  const termination = terminationEntries(agreed, notices)
  // Once a notice ends the agreement earlier, payments, reports and retention run to that day.
  const endsOn = earlier(termination.agreementEndsOn, agreed.period.endsOn)
  const recurringUntil = earlier(endsOn, agreed.period.recurringUntil)
  const running: TimelineContext = { ...agreed, period: { ...agreed.period, endsOn, recurringUntil } }

  const entries = [
    ...termTimeline(running),
    ...renewalNoticeDeadlines(agreed),
    ...notices.map(({ entry }) => entry),
    ...termination.entries,
    ...disputeTimeline(running, whatIf),
    ...fundingTimeline(running),
    ...reportingTimeline(running),
    ...kpiTimeline(running),
    ...obligationTimeline(running),
    ...recordsRetentionTimeline(running),
  ]
  return entries.filter((candidate) => !asOf || candidate.date >= asOf).sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key))
}
