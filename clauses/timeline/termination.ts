// Termination by notice: when a served notice takes effect, and the latest day notice can be served
// to end the agreement at its end date. Leicestershire SEIP 17.1, Nottingham 9.1, SEIP MOU 10.2.
import { latestNoticeDate, terminationEffective, type NoticeTerms } from '../calendar/termination'
import type { TTerminationParams } from '../termination'
import type { IsoDate, TermCalendar, TimelineEntry } from '../values'
import { clausesOfKind, entry, undatedFor, unlessTermDatesMissing, type LocatedClause, type TimelineContext } from './context'
import { noticeRegime, type DeemedNotice } from './notices'
import type { AgreementContent } from '../agreement-content'

const TAKES_EFFECT: Record<NonNullable<TTerminationParams['effect']>, string> = {
  terminates_agreement: 'Termination takes effect',
  withdraws_member: "Member's withdrawal takes effect",
  ends_lead_role: 'Lead School role ends',
}

type NoticeClause = LocatedClause<'termination'> & { clause: { params: TTerminationParams & Required<Pick<TTerminationParams, 'noticePeriod'>> } }

function noticeClauses(content: AgreementContent): NoticeClause[] {
  return clausesOfKind(content, 'termination').filter((located): located is NoticeClause => located.clause.params.noticePeriod !== undefined)
}

function endsAgreement({ clause }: NoticeClause): boolean {
  return (clause.params.effect ?? 'terminates_agreement') === 'terminates_agreement'
}

function labelFor({ clause }: NoticeClause): string {
  const takesEffect = TAKES_EFFECT[clause.params.effect ?? 'terminates_agreement']
  return clause.heading ? `${takesEffect} (${clause.heading})` : takesEffect
}

/** A notice clause's terms as the calendar counts them. */
function noticeTerms({ clause, reference }: NoticeClause, termCalendar: TermCalendar | undefined): NoticeTerms {
  const { noticePeriod, alignment = { kind: 'none' }, academicYearEnd, orReasonableNotice } = clause.params
  return { noticePeriod, alignment, academicYearEnd, orReasonableNotice, termCalendar, clause: reference }
}

/** The clauses a notice to terminate can be served under, as a solicitor cites them ("17.1"). */
export function terminationNoticeClauses(content: AgreementContent): Array<{ id: string; reference: string; heading: string }> {
  return noticeClauses(content).map((located) => ({ id: located.clause.id, reference: located.reference, heading: located.clause.heading ?? '' }))
}

/** The effective date of each served notice under each notice clause, and the earliest day one of
 * them ends the whole agreement (payments and reports stop there). */
export function terminationEntries(
  context: Pick<TimelineContext, 'content' | 'termCalendar' | 'gaps'>,
  notices: DeemedNotice[],
): { entries: TimelineEntry[]; agreementEndsOn?: IsoDate } {
  const entries: TimelineEntry[] = []
  let agreementEndsOn: IsoDate | undefined
  for (const located of noticeClauses(context.content)) {
    for (const { deemedServedOn, whatIf, clauseId } of notices) {
      if (clauseId && clauseId !== located.clause.id) continue
      const label = `${whatIf ? 'What if: ' : ''}${labelFor(located)}`
      const [effective] = unlessTermDatesMissing(
        () => [terminationEffective({ deemedServedOn, ...noticeTerms(located, context.termCalendar) })],
        undatedFor(context, { key: 'termination.effective', label, clause: located.reference }),
      )
      if (!effective) continue
      entries.push(entry('termination.effective', label, located.reference, effective))
      if (endsAgreement(located) && (!agreementEndsOn || effective.date < agreementEndsOn)) agreementEndsOn = effective.date
    }
  }
  return { entries, agreementEndsOn }
}

const DEADLINE_LABEL = 'Last day for notice to end the agreement at its end date'

/** For each clause that can end the agreement: the latest day notice can be served to end it on or
 * before its end date, a day on which notice can be served under the notices clause. */
export function renewalNoticeDeadlines(context: TimelineContext): TimelineEntry[] {
  const { content, termCalendar, period } = context
  const { endsOn } = period
  if (!endsOn) return []
  const regime = noticeRegime(content)
  return noticeClauses(content)
    .filter(endsAgreement)
    .flatMap((located) =>
      unlessTermDatesMissing(
        () => {
          const latest = latestNoticeDate({ terminateBy: endsOn, regime, ...noticeTerms(located, termCalendar) })
          return [entry('renewal.notice_deadline', DEADLINE_LABEL, located.reference, latest)]
        },
        undatedFor(context, { key: 'renewal.notice_deadline', label: DEADLINE_LABEL, clause: located.reference }),
      ),
    )
}
