// The notice patterns a termination clause can add to plain "N months' notice" (issue 20): days
// termination may take effect on (with notice received by a fixed day), and a minimum term before
// notice may be served. timeline/termination.ts asks here how a clause's notice works.
import type { AgreementContent } from '../agreement-content'
import type { DatedBasis } from '../calendar/dated'
import { latestNoticeForFixedDay, terminationOnFixedDay } from '../calendar/fixed-effective-dates'
import { earliestNoticeDay, tooEarlyNotice } from '../calendar/minimum-term'
import type { NoticeRegime } from '../calendar/notice-service'
import { latestNoticeDate, terminationEffective, type NoticeTerms } from '../calendar/termination'
import type { TTerminationParams } from '../termination'
import type { IsoDate, TermCalendar, TimelineEntry } from '../values'
import { clausesOfKind, entry, unlessTermDatesMissing, type LocatedClause } from './context'

type Located = LocatedClause<'termination'>

/** The day the agreement commences, from the term clause that states the term. */
function commencementOf(content: AgreementContent): IsoDate | undefined {
  return clausesOfKind(content, 'term').find(({ clause }) => !clause.params.restatesClause)?.clause.params.commencesOn
}

/** A notice clause's terms as the calendar counts them, for a clause that gives a notice period. */
function noticeTerms({ clause, reference }: Located, noticePeriod: NoticeTerms['noticePeriod'], termCalendar: TermCalendar | undefined): NoticeTerms {
  const { alignment = { kind: 'none' }, academicYearEnd, orReasonableNotice } = clause.params
  return { noticePeriod, alignment, academicYearEnd, orReasonableNotice, termCalendar, clause: reference }
}

/** When a notice deemed served on a day takes effect under the clause. */
export function noticeTakesEffect(located: Located, deemedServedOn: IsoDate, termCalendar?: TermCalendar): DatedBasis {
  const { clause, reference } = located
  const { noticePeriod, effectiveOn } = clause.params
  if (effectiveOn) return terminationOnFixedDay({ deemedServedOn, noticePeriod, effectiveOn, termCalendar, clause: reference })
  if (!noticePeriod) throw new Error(`Clause ${reference} gives no notice period`)
  return terminationEffective({ deemedServedOn, ...noticeTerms(located, noticePeriod, termCalendar) })
}

/** The latest day notice can be deemed served under the clause to end the agreement by `terminateBy`:
 * for a plain notice period, a day notice can be served under `regime` (the notices clause). */
export function latestNoticeBy(located: Located, terminateBy: IsoDate, regime: NoticeRegime, termCalendar?: TermCalendar): DatedBasis | undefined {
  const { clause, reference } = located
  const { noticePeriod, effectiveOn } = clause.params
  if (effectiveOn) return latestNoticeForFixedDay({ terminateBy, regime, noticePeriod, effectiveOn, termCalendar, clause: reference })
  if (!noticePeriod) return undefined
  return latestNoticeDate({ terminateBy, regime, ...noticeTerms(located, noticePeriod, termCalendar) })
}

function minimumTermOf(content: AgreementContent, params: TTerminationParams, reference: string, termCalendar?: TermCalendar) {
  const commencesOn = commencementOf(content)
  return params.minimumTerm && commencesOn ? { commencesOn, minimumTerm: params.minimumTerm, termCalendar, clause: reference } : undefined
}

/** Why a notice served before the minimum term has run does not end the agreement, if it was. */
export function noticeTooEarly(content: AgreementContent, { clause, reference }: Located, deemedServedOn: IsoDate, termCalendar?: TermCalendar): DatedBasis | undefined {
  const minimum = minimumTermOf(content, clause.params, reference, termCalendar)
  return minimum ? tooEarlyNotice({ deemedServedOn, ...minimum }) : undefined
}

/** The first day notice may be served under each clause with a minimum term. */
export function earliestNoticeEntries(content: AgreementContent, termCalendar?: TermCalendar): TimelineEntry[] {
  return clausesOfKind(content, 'termination').flatMap(({ clause, reference }) =>
    unlessTermDatesMissing(() => {
      const minimum = minimumTermOf(content, clause.params, reference, termCalendar)
      return minimum ? [entry('termination.earliest_notice', 'First day notice to terminate may be served', reference, earliestNoticeDay(minimum))] : []
    }),
  )
}
