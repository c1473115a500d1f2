// Served notices (recorded, or a what-if) and the day each is served: under the notices clause
// (Kent STLS clause 16.1), or the general law where the agreement has none. A notice sent by a
// method the clause does not permit is not served and sets no date.
import type { AgreementContent } from '../agreement-content'
import { GENERAL_LAW, serviceOfNotice, type NoticeRegime } from '../calendar/notice-service'
import type { IsoDate, NoticeMethod, TimelineEntry } from '../values'
import { clausesOfKind, entry, type AgreementEvent, type TimelineContext, type WhatIf } from './context'

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

/** How notices are served under this agreement: its (first) notices clause, or the general law. */
export function noticeRegime(content: AgreementContent): NoticeRegime {
  const located = clausesOfKind(content, 'notices')[0]
  if (!located) return GENERAL_LAW
  const { methods, deemedService, faxNeedsPostedConfirmation } = located.clause.params
  return { kind: 'notices_clause', clause: located.reference, methods, rules: deemedService, faxNeedsPostedConfirmation }
}

/** Each served notice's day of service; one that is not served is said so in `gaps`. */
export function deemedNotices(context: Pick<TimelineContext, 'content' | 'gaps'>, notices: ServedNotice[]): DeemedNotice[] {
  const regime = noticeRegime(context.content)
  const clause = regime.kind === 'notices_clause' ? regime.clause : ''
  return notices.flatMap((notice) => {
    const service = serviceOfNotice(regime, { method: notice.method, sentOn: notice.sentOn, time: notice.time })
    const label = `${notice.whatIf ? 'What if: n' : 'N'}otice deemed served`
    if (!service.served) {
      context.gaps?.undated.push({ key: 'notice.deemed_served', label, clause, reason: service.basis })
      return []
    }
    return [{ deemedServedOn: service.date, whatIf: notice.whatIf, clauseId: notice.clauseId, entry: entry('notice.deemed_served', label, clause, service) }]
  })
}
