// Termination by notice: when a served notice takes effect, and the latest day notice can be served
// to end the agreement at its end date. Leicestershire SEIP 17.1, Nottingham 9.1, SEIP MOU 10.2.
import { hasNoticeRight, type TTerminationParams } from '../termination'
import type { IsoDate, TimelineEntry } from '../values'
import { clausesOfKind, entry, undatedFor, unlessTermDatesMissing, type LocatedClause, type TimelineContext } from './context'
import { noticeRegime, type DeemedNotice } from './notices'
import { earliestNoticeEntries, latestNoticeBy, noticeTakesEffect, noticeTooEarly } from './notice-rules'
import type { AgreementContent } from '../agreement-content'

const TAKES_EFFECT: Record<NonNullable<TTerminationParams['effect']>, string> = {
  terminates_agreement: 'Termination takes effect',
  withdraws_member: "Member's withdrawal takes effect",
  ends_lead_role: 'Lead School role ends',
}

type NoticeClause = LocatedClause<'termination'>

function noticeClauses(content: AgreementContent): NoticeClause[] {
  return clausesOfKind(content, 'termination').filter((located) => hasNoticeRight(located.clause.params))
}

function endsAgreement({ clause }: NoticeClause): boolean {
  return (clause.params.effect ?? 'terminates_agreement') === 'terminates_agreement'
}

function labelFor({ clause }: NoticeClause): string {
  const takesEffect = TAKES_EFFECT[clause.params.effect ?? 'terminates_agreement']
  return clause.heading ? `${takesEffect} (${clause.heading})` : takesEffect
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
      const [tooEarly] = unlessTermDatesMissing(() => [noticeTooEarly(context.content, located, deemedServedOn, context.termCalendar)]).filter((early) => early !== undefined)
      if (tooEarly) {
        entries.push(entry('termination.earliest_notice', `${whatIf ? 'What if: ' : ''}Notice served before the minimum term has run`, located.reference, tooEarly))
        continue
      }
      const label = `${whatIf ? 'What if: ' : ''}${labelFor(located)}`
      const [effective] = unlessTermDatesMissing(
        () => [noticeTakesEffect(located, deemedServedOn, context.termCalendar)],
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

/** The first day notice may be served where a minimum term applies, and for each clause that can
 * end the agreement the latest day notice can be served to end it on or before its end date, a day
 * on which notice can be served under the notices clause. */
export function renewalNoticeDeadlines(context: TimelineContext): TimelineEntry[] {
  const { content, termCalendar, period } = context
  const earliest = earliestNoticeEntries(content, termCalendar)
  const { endsOn } = period
  if (!endsOn) return earliest
  const regime = noticeRegime(content)
  const deadlines = noticeClauses(content)
    .filter(endsAgreement)
    .flatMap((located) =>
      unlessTermDatesMissing(
        () => {
          const latest = latestNoticeBy(located, endsOn, regime, termCalendar)
          // Notice cannot be served before a minimum term has run: then there is no such last day.
          if (latest && noticeTooEarly(content, located, latest.date, termCalendar)) return []
          return latest ? [entry('renewal.notice_deadline', DEADLINE_LABEL, located.reference, latest)] : []
        },
        undatedFor(context, { key: 'renewal.notice_deadline', label: DEADLINE_LABEL, clause: located.reference }),
      ),
    )
  return [...earliest, ...deadlines]
}
