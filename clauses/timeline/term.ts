// The term clause's dates: commencement, end and reviews, and the period a served notice cuts
// short. Southend clause 10: runs to 31 March 2019 with an annual review; Kent PRU: three full
// calendar years; Nottingham 1.1: backdated.
import type { TTermParams } from '../term'
import type { IsoDate, TermCalendar, TimelineEntry } from '../values'
import { plusDays, plusYears } from '../calendar/dates'
import { cite, type DatedBasis } from '../calendar/dated'
import { formatDate, formatPeriod } from '../calendar/format'
import { academicYearEndOf } from '../calendar/academic-year'
import { addPeriod } from '../calendar/periods'
import { termCited, termsInOrder } from '../calendar/term-calendar'
import { clausesOfKind, entry, noteTermDatesMissingBetween, type AgreementEvent, type AgreementPeriod, type LocatedClause, type TimelineContext, type TimelineGaps, type WhatIf } from './context'
import { deemedNotices, noticeRegime, servedNotices, type DeemedNotice } from './notices'
import { evergreenHorizon, renewalNoticeEntries, renewalTermsOf, renewalTimeline } from './renewal'
import { terminationEntries } from './termination'
import type { AgreementContent } from '../agreement-content'

/** The term clause that states the term, not one that restates it (Kent PRU Schedule 1 clause 2). */
export function mainTermClause(content: AgreementContent): LocatedClause<'term'> | undefined {
  return clausesOfKind(content, 'term').find(({ clause }) => !clause.params.restatesClause)
}

/** The last day of the term: the end date, or the day before the duration's anniversary ("three
 * full calendar years" from 1 September 2026 is to 31 August 2029). */
export function termEnd(params: TTermParams, reference: string, termCalendar?: TermCalendar): DatedBasis | undefined {
  if (params.endsOn) return { date: params.endsOn, basis: `The agreement ends on ${formatDate(params.endsOn)} ${cite(reference)}` }
  if (!params.commencesOn || !params.duration) return undefined
  // A period in terms ends with its last term; any other ends the day before its anniversary.
  const date =
    params.duration.unit === 'terms'
      ? addPeriod(plusDays(params.commencesOn, -1), params.duration, { termCalendar }).date
      : plusDays(addPeriod(params.commencesOn, params.duration, { termCalendar }).date, -1)
  return { date, basis: `${formatPeriod(params.duration)} from commencement on ${formatDate(params.commencesOn)}: the last day is ${formatDate(date)} ${cite(reference)}` }
}

/** The agreement's period before any notice is served. */
export function agreementPeriod(content: AgreementContent, termCalendar?: TermCalendar): AgreementPeriod {
  const main = mainTermClause(content)
  if (!main) return {}
  const startsOn = main.clause.params.backdatedTo ?? main.clause.params.commencesOn
  const endsOn = termEnd(main.clause.params, main.reference, termCalendar)?.date
  // An evergreen agreement has no end until notice is given; its dates run to a horizon.
  const renewal = renewalTermsOf(main, endsOn, termCalendar)
  if (renewal) return { startsOn, recurringUntil: evergreenHorizon(renewal) }
  const lastTerm = termCalendar ? termsInOrder(termCalendar).at(-1) : undefined
  return { startsOn, endsOn, recurringUntil: endsOn ?? (lastTerm ? academicYearEndOf(lastTerm.end) : undefined) }
}

export interface EffectivePeriodOptions {
  content: AgreementContent
  termCalendar?: TermCalendar
  events: AgreementEvent[]
  whatIf?: WhatIf
  gaps?: TimelineGaps
}

export interface PeriodAfterNotices {
  /** The period the term clause gives, before any notice. */
  agreed: AgreementPeriod
  /** The same period ended on the day the earliest served notice terminates the agreement, if that is sooner. */
  period: AgreementPeriod
  notices: DeemedNotice[]
  /** When each served notice takes effect under each notice clause. */
  terminations: TimelineEntry[]
}

/** The earlier of two days either of which may be unknown. */
function earlier(first: IsoDate | undefined, second: IsoDate | undefined): IsoDate | undefined {
  if (!first || !second) return first ?? second
  return first < second ? first : second
}

/** Served notices (recorded, and a what-if) taken to the day each is deemed served and the day it
 * terminates the agreement; the earliest such day ends the agreement's period. */
export function periodAfterNotices({ content, termCalendar, events, whatIf, gaps }: EffectivePeriodOptions): PeriodAfterNotices {
  const agreed = agreementPeriod(content, termCalendar)
  const notices = deemedNotices({ content, gaps }, servedNotices(events, whatIf))
  const termination = terminationEntries({ content, termCalendar, gaps }, notices)
  const renewal = renewalNotices(content, termCalendar, notices)
  const endsOn = earlier(earlier(termination.agreementEndsOn, renewal.agreementEndsOn), agreed.endsOn)
  const period = { ...agreed, endsOn, recurringUntil: earlier(endsOn, agreed.recurringUntil) }
  return { agreed, period, notices, terminations: [...termination.entries, ...renewal.entries] }
}

/** A served notice's effect on an evergreen agreement's renewal. */
function renewalNotices(content: AgreementContent, termCalendar: TermCalendar | undefined, notices: DeemedNotice[]) {
  const main = mainTermClause(content)
  const renewal = main && renewalTermsOf(main, termEnd(main.clause.params, main.reference, termCalendar)?.date, termCalendar)
  return main && renewal ? renewalNoticeEntries(renewal, main.clause.id, notices) : { entries: [] }
}

/** The days the agreement runs given its recorded events: once notice has been served, payments,
 * reports and obligations run to the day termination takes effect (Kent PRU: "terminated upon the
 * tendering of six months notice"), not to the end of the term. */
export function effectivePeriod(options: EffectivePeriodOptions): AgreementPeriod {
  return periodAfterNotices(options).period
}

function reviews(params: TTermParams, reference: string, until: IsoDate | undefined, context: Pick<TimelineContext, 'termCalendar' | 'gaps'>): DatedBasis[] {
  const { review, commencesOn } = params
  if (!review || !commencesOn || !until) return []
  if (review.frequency === 'termly') {
    noteTermDatesMissingBetween(context, commencesOn, until, { what: 'the termly review dates', clause: reference })
    if (!context.termCalendar) return []
    return termsInOrder(context.termCalendar)
      .filter((term) => term.end >= commencesOn && term.end <= until)
      .map((term) => ({ date: term.end, basis: `Termly review: at the end of ${termCited(term)}, ${formatDate(term.end)} ${cite(reference)}` }))
  }
  const everyYears = review.frequency === 'annual' ? 1 : 2
  const dues: DatedBasis[] = []
  for (let count = 1; plusYears(commencesOn, everyYears * count) <= until; count++) {
    const date = plusYears(commencesOn, everyYears * count)
    const frequency = everyYears === 1 ? 'Annual review' : 'Review every two years'
    dues.push({ date, basis: `${frequency}: ${everyYears * count} year${everyYears * count > 1 ? 's' : ''} after commencement on ${formatDate(commencesOn)}, ${formatDate(date)} ${cite(reference)}` })
  }
  return dues
}

export function termTimeline(context: TimelineContext): TimelineEntry[] {
  const { content, termCalendar, period } = context
  const main = mainTermClause(content)
  if (!main) return []
  const { params } = main.clause
  const entries: TimelineEntry[] = []
  if (params.commencesOn) {
    const backdated = params.backdatedTo ? `, backdated to ${formatDate(params.backdatedTo)}` : ''
    entries.push(entry('term.commencement', 'Agreement commences', main.reference, { date: params.commencesOn, basis: `The agreement commences on ${formatDate(params.commencesOn)}${backdated} ${cite(main.reference)}` }))
  }
  const end = termEnd(params, main.reference, termCalendar)
  const renewal = renewalTermsOf(main, end?.date, termCalendar)
  if (end) entries.push(entry('term.end', renewal ? 'Initial term ends (renews automatically unless notice is given)' : 'Agreement ends', main.reference, end))
  if (renewal) entries.push(...renewalTimeline(renewal, period.endsOn ?? period.recurringUntil ?? end?.date ?? '', noticeRegime(content)))
  const reviewLabel = params.review?.frequency === 'termly' ? 'Termly review due' : params.review?.frequency === 'biannual' ? 'Review due (every two years)' : 'Annual review due'
  for (const review of reviews(params, main.reference, period.endsOn ?? period.recurringUntil, context)) {
    entries.push(entry('review.due', reviewLabel, main.reference, review))
  }
  return entries
}
