// An evergreen agreement's dates (issue 20): each automatic renewal, the window for notice to stop
// it, and what a served notice does. timeline/term.ts asks here when the term clause renews.
import { noticeAgainstRenewal, noticeWindow, renewalPeriods, type RenewalTerms } from '../calendar/evergreen'
import { plusDays } from '../calendar/dates'
import { cite } from '../calendar/dated'
import { formatDate, formatPeriod } from '../calendar/format'
import { academicYearEndOf } from '../calendar/academic-year'
import { termsInOrder } from '../calendar/term-calendar'
import type { IsoDate, TermCalendar, TimelineEntry } from '../values'
import { entry, unlessTermDatesMissing, type LocatedClause } from './context'
import type { DeemedNotice } from './notices'
import { onAServiceDay, type NoticeRegime } from '../calendar/notice-service'

/** The renewal terms of the main term clause, once its initial term's end is known. */
export function renewalTermsOf(main: LocatedClause<'term'>, initialEnd: IsoDate | undefined, termCalendar?: TermCalendar): RenewalTerms | undefined {
  const renewal = main.clause.params.autoRenewal
  if (!renewal || !initialEnd) return undefined
  return { initialEnd, renewsFor: renewal.renewsFor, noticeAtLeast: renewal.noticeAtLeast, noticeNoEarlierThan: renewal.noticeNoEarlierThan, termCalendar, clause: main.reference }
}

/** How far an evergreen agreement's recurring dates are listed: to the end of the period running at
 * the end of the last academic year on the term calendar, and at least one renewal. */
export function evergreenHorizon(terms: RenewalTerms): IsoDate {
  const lastTerm = terms.termCalendar ? termsInOrder(terms.termCalendar).at(-1) : undefined
  const until = lastTerm ? academicYearEndOf(lastTerm.end) : terms.initialEnd
  const last = renewalPeriods(terms, until).at(-1)?.endsOn ?? terms.initialEnd
  const firstRenewal = renewalPeriods(terms, plusDays(terms.initialEnd, 1)).at(-1)?.endsOn ?? terms.initialEnd
  return firstRenewal > last ? firstRenewal : last
}

/** Each renewal up to `until` (the horizon, or the day a served notice ends the agreement), with
 * the notice window before it, closing on a day a notice can be served under `regime`. */
export function renewalTimeline(terms: RenewalTerms, until: IsoDate, regime: NoticeRegime): TimelineEntry[] {
  return unlessTermDatesMissing(() =>
    renewalPeriods(terms, until)
      .filter((period) => period.endsOn < until)
      .flatMap((period) => {
        const window = noticeWindow(period, terms)
        const closes = onAServiceDay(regime, window.closes)
        const renewsOn = formatDate(window.renewsOn)
        return [
          ...(window.opens ? [entry('renewal.notice_window_opens', `Notice window opens to stop the renewal on ${renewsOn}`, terms.clause, window.opens)] : []),
          entry('renewal.notice_deadline', `Last day for notice to stop the renewal on ${renewsOn}`, terms.clause, closes),
          entry('term.renewal', 'Agreement renews automatically', terms.clause, {
            date: window.renewsOn,
            basis: `The agreement renews on ${renewsOn} for ${formatPeriod(terms.renewsFor)} unless notice was received by ${formatDate(closes.date)} ${cite(terms.clause)}`,
          }),
        ]
      }),
  )
}

/** What each served notice does to the renewal, and the earliest day one ends the agreement. */
export function renewalNoticeEntries(terms: RenewalTerms, mainClauseId: string, notices: DeemedNotice[]): { entries: TimelineEntry[]; agreementEndsOn?: IsoDate } {
  const entries: TimelineEntry[] = []
  let agreementEndsOn: IsoDate | undefined
  for (const { deemedServedOn, whatIf, clauseId } of notices) {
    if (clauseId && clauseId !== mainClauseId) continue
    const [effect] = unlessTermDatesMissing(() => [noticeAgainstRenewal(deemedServedOn, terms)])
    const prefix = whatIf ? 'What if: ' : ''
    if (effect?.tooEarly) entries.push(entry('termination.earliest_notice', `${prefix}Notice given before the renewal notice window opens`, terms.clause, effect.tooEarly))
    if (!effect?.ends) continue
    entries.push(entry('termination.effective', `${prefix}Agreement ends instead of renewing`, terms.clause, effect.ends))
    if (!agreementEndsOn || effect.ends.date < agreementEndsOn) agreementEndsOn = effect.ends.date
  }
  return { entries, agreementEndsOn }
}
