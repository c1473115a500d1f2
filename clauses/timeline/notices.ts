// Served notices (recorded, or a what-if) and the day each is deemed served under the notices
// clause (Kent STLS clause 16.1).
import type { AgreementContent } from '../agreement-content'
import type { DatedBasis } from '../calendar/dated'
import { deemedServed, describeSending } from '../calendar/deemed-service'
import type { IsoDate, NoticeMethod, TimelineEntry } from '../values'
import { clausesOfKind, entry, type AgreementEvent, type WhatIf } from './context'

export interface ServedNotice {
  sentOn: IsoDate
  method: NoticeMethod
  time?: string
  whatIf: boolean
  /** The termination clause it was served under, when stated. */
  clauseId?: string
}

export interface DeemedNotice {
  deemedServedOn: IsoDate
  whatIf: boolean
  entry: TimelineEntry
  clauseId?: string
}

/** Recorded notices, then the what-if one. A notice recorded without a method counts as delivered by hand. */
export function servedNotices(events: AgreementEvent[], whatIf: WhatIf | undefined): ServedNotice[] {
  const recorded = events
    .filter((event) => event.type === 'notice_served')
    .map((event) => ({ sentOn: event.occurredOn, method: event.method ?? 'hand', time: event.time, whatIf: false, clauseId: event.clauseId }))
  if (!whatIf?.noticeServedOn) return recorded
  return [...recorded, { sentOn: whatIf.noticeServedOn, method: whatIf.noticeMethod ?? 'hand', time: whatIf.noticeTime, whatIf: true }]
}

function served(content: AgreementContent, { sentOn, method, time }: ServedNotice): DatedBasis & { clause: string } {
  const noticesClause = clausesOfKind(content, 'notices')[0]
  if (!noticesClause) {
    return { date: sentOn, clause: '', basis: `${describeSending(method, sentOn, time)}; the agreement has no notices clause, so taken as served that day` }
  }
  const { reference } = noticesClause
  return { ...deemedServed({ method, sentOn, time, rules: noticesClause.clause.params.deemedService, clause: reference }), clause: reference }
}

export function deemedNotices(content: AgreementContent, notices: ServedNotice[]): DeemedNotice[] {
  return notices.map((notice) => {
    const service = served(content, notice)
    const label = `${notice.whatIf ? 'What if: n' : 'N'}otice deemed served`
    return { deemedServedOn: service.date, whatIf: notice.whatIf, clauseId: notice.clauseId, entry: entry('notice.deemed_served', label, service.clause, service) }
  })
}
