// Termination by notice: when a served notice takes effect, and the latest day notice can be served
// to end the agreement at its end date. Leicestershire SEIP 17.1, Nottingham 9.1, SEIP MOU 10.2.
import { hasNoticeRight, type TTerminationParams } from '../termination'
import type { IsoDate, TimelineEntry } from '../values'
import { clausesOfKind, entry, unlessTermDatesMissing, type LocatedClause, type TimelineContext } from './context'
import type { DeemedNotice } from './notices'
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
  { content, termCalendar }: Pick<TimelineContext, 'content' | 'termCalendar'>,
  notices: DeemedNotice[],
): { entries: TimelineEntry[]; agreementEndsOn?: IsoDate } {
  const entries: TimelineEntry[] = []
  let agreementEndsOn: IsoDate | undefined
  for (const located of noticeClauses(content)) {
    for (const { deemedServedOn, whatIf, clauseId } of notices) {
      if (clauseId && clauseId !== located.clause.id) continue
      const [tooEarly] = unlessTermDatesMissing(() => [noticeTooEarly(content, located, deemedServedOn, termCalendar)]).filter((early) => early !== undefined)
      if (tooEarly) {
        entries.push(entry('termination.earliest_notice', `${whatIf ? 'What if: ' : ''}Notice served before the minimum term has run`, located.reference, tooEarly))
        continue
      }
      const [effective] = unlessTermDatesMissing(() => [noticeTakesEffect(located, deemedServedOn, termCalendar)])
      if (!effective) continue
      entries.push(entry('termination.effective', `${whatIf ? 'What if: ' : ''}${labelFor(located)}`, located.reference, effective))
      if (endsAgreement(located) && (!agreementEndsOn || effective.date < agreementEndsOn)) agreementEndsOn = effective.date
    }
  }
  return { entries, agreementEndsOn }
}

/** For each clause that can end the agreement: the latest day notice can be deemed served to end it
 * on or before its end date. */
export function renewalNoticeDeadlines({ content, termCalendar, period }: TimelineContext): TimelineEntry[] {
  const earliest = earliestNoticeEntries(content, termCalendar)
  const { endsOn } = period
  if (!endsOn) return earliest
  const deadlines = noticeClauses(content)
    .filter(endsAgreement)
    .flatMap((located) =>
      unlessTermDatesMissing(() => {
        const latest = latestNoticeBy(located, endsOn, termCalendar)
        // Notice cannot be served before a minimum term has run: then there is no such last day.
        if (latest && noticeTooEarly(content, located, latest.date, termCalendar)) return []
        return latest ? [entry('renewal.notice_deadline', 'Last day for notice to end the agreement at its end date', located.reference, latest)] : []
      }),
    )
  return [...earliest, ...deadlines]
}
