// When termination by notice takes effect, and the latest day notice can be served to end by a
// given date. Leicestershire SEIP clause 17.1: "12 months written notice terminating at the end of
// an academic year"; SEIP MOU 10.2.1: "3 years' notice ... such notice period to end on 5th April".
import type { Alignment, DayOfYear, DeemedServiceRule, IsoDate, NoticeMethod, Period, TermCalendar } from '../values'
import { daysBetween, plusDays } from './dates'
import { cite, type DatedBasis } from './dated'
import { deemedServed, deemedServiceDate } from './deemed-service'
import { formatDate, formatPeriod } from './format'
import { academicYearEndOf, addPeriod, alignDate, alignedDate, periodEndIfCovered } from './periods'
import { TermCalendarRangeError, termsInOrder } from './term-calendar'

export interface NoticeTerms {
  noticePeriod: Period
  alignment: Alignment
  termCalendar?: TermCalendar
  academicYearEnd?: DayOfYear
  /** The termination clause, e.g. "17.1". */
  clause: string
}

export function terminationEffective({ deemedServedOn, ...terms }: NoticeTerms & { deemedServedOn: IsoDate }): DatedBasis {
  const { noticePeriod, alignment, termCalendar, academicYearEnd, clause } = terms
  const periodEnd = addPeriod(deemedServedOn, noticePeriod, { termCalendar })
  const aligned = alignDate(periodEnd.date, alignment, { academicYearEnd })
  const counted = periodEnd.detail ? `: ${periodEnd.detail}` : ` is ${formatDate(periodEnd.date)}`
  const then = aligned.detail ? `, ${aligned.detail}` : ''
  return {
    date: aligned.date,
    basis: `${formatPeriod(noticePeriod)} after notice deemed served on ${formatDate(deemedServedOn)}${counted}${then} ${cite(clause)}`,
  }
}

/** The latest `day` for which `ends(day)` is on or before `limit`; `ends` never decreases as `day`
 * gets later, so an exponential step back and a binary search find it. */
function latestDayEndingBy(limit: IsoDate, ends: (day: IsoDate) => IsoDate): IsoDate {
  let step = 32
  while (ends(plusDays(limit, -step)) > limit) step *= 2
  let tooLate = 0
  let inTime = step
  while (inTime - tooLate > 1) {
    const middle = Math.floor((tooLate + inTime) / 2)
    if (ends(plusDays(limit, -middle)) > limit) tooLate = middle
    else inTime = middle
  }
  return plusDays(limit, -inTime)
}

export interface LatestNoticeOptions extends NoticeTerms {
  /** The termination must take effect on or before this day. */
  terminateBy: IsoDate
  /** If given, the latest day to send by this method (before any cut-off time) under the notices clause. */
  delivery?: { method: NoticeMethod; rules: DeemedServiceRule[]; clause: string }
}

const SEND: Record<NoticeMethod, string> = { post: 'post', hand: 'deliver by hand', email: 'email', fax: 'fax' }

/** Later than any real date, for a notice whose period runs past the term calendar. */
const BEYOND_TERM_DATES = '9999-12-31'

/** A period counted in terms or term-time days that runs past the last academic year on the term
 * calendar ends after that year, so after `terminateBy` if that is within it; otherwise the answer
 * needs term dates the authority has not entered yet. */
function effectiveOrBeyond(terminateBy: IsoDate, terms: NoticeTerms): (deemedServedOn: IsoDate) => IsoDate {
  const lastTerm = terms.termCalendar ? termsInOrder(terms.termCalendar).at(-1) : undefined
  const covered = lastTerm ? academicYearEndOf(lastTerm.end, terms.academicYearEnd) : undefined
  return (deemedServedOn) => {
    const periodEnd = periodEndIfCovered(deemedServedOn, terms.noticePeriod, { termCalendar: terms.termCalendar })
    if (periodEnd) return alignedDate(periodEnd, terms.alignment, { academicYearEnd: terms.academicYearEnd })
    // Only a period in terms or term-time days runs past the term calendar, so there is one.
    if (terms.termCalendar && !(covered && terminateBy <= covered)) throw new TermCalendarRangeError(terms.termCalendar, deemedServedOn)
    return BEYOND_TERM_DATES
  }
}

export function latestNoticeDate({ terminateBy, delivery, ...terms }: LatestNoticeOptions): DatedBasis & { deemedServedOn: IsoDate } {
  const effectiveAfter = effectiveOrBeyond(terminateBy, terms)
  if (!delivery) {
    const deemedServedOn = latestDayEndingBy(terminateBy, effectiveAfter)
    const effective = terminationEffective({ deemedServedOn, ...terms })
    return {
      date: deemedServedOn,
      deemedServedOn,
      basis: `Latest day for notice to be deemed served so that termination takes effect by ${formatDate(terminateBy)}: ${effective.basis}`,
    }
  }
  const served = (sentOn: IsoDate) => deemedServiceDate({ ...delivery, sentOn })
  const sentOn = latestDayEndingBy(terminateBy, (day) => effectiveAfter(served(day)))
  const service = deemedServed({ ...delivery, sentOn })
  const effective = terminationEffective({ deemedServedOn: service.date, ...terms })
  const cutOff = delivery.rules.find((rule) => rule.method === delivery.method)?.cutOffTime
  const sameDay = daysBetween(service.date, sentOn) === 0 ? '' : `, deemed served on ${formatDate(service.date)} ${cite(delivery.clause)}`
  return {
    date: sentOn,
    deemedServedOn: service.date,
    basis: `Latest day to ${SEND[delivery.method]} notice${cutOff ? ` (before ${cutOff})` : ''} so that termination takes effect by ${formatDate(terminateBy)}: ${formatDate(sentOn)}${sameDay}; ${effective.basis}`,
  }
}
