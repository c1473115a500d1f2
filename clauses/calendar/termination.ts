// When termination by notice takes effect, and the latest day notice can be served to end by a
// given date. Leicestershire SEIP clause 17.1: "12 months written notice terminating at the end of
// an academic year"; SEIP MOU 10.2.1: "3 years' notice ... such notice period to end on 5th April";
// Kent STLS 14 with 16.1: 6 months, and a notice is only ever deemed served on a business day.
import type { Alignment, DayOfYear, IsoDate, Period, PeriodUnit, TermCalendar } from '../values'
import { academicYearSpan } from './academic-year'
import { plusDays, weekdayName } from './dates'
import { cite, type DatedBasis } from './dated'
import { formatDate, formatPeriod } from './format'
import { describeLatestSending, latestServiceDayOnOrBefore, whyNotServiceDay, type NoticeRegime } from './notice-service'
import { addPeriod, alignDate, alignedDate, periodEndDate } from './periods'
import { TermCalendarRangeError } from './term-calendar'

export interface NoticeTerms {
  noticePeriod: Period
  alignment: Alignment
  termCalendar?: TermCalendar
  /** The academic year's last day where the clause defines it; otherwise 31 August, said so. */
  academicYearEnd?: DayOfYear
  /** SEIP 17.2: "12 months' notice in writing or such notice as is reasonable in the circumstances". */
  orReasonableNotice?: boolean
  /** The termination clause, e.g. "17.1". */
  clause: string
}

export function terminationEffective({ deemedServedOn, ...terms }: NoticeTerms & { deemedServedOn: IsoDate }): DatedBasis {
  const { noticePeriod, alignment, termCalendar, academicYearEnd, clause } = terms
  const periodEnd = addPeriod(deemedServedOn, noticePeriod, { termCalendar })
  const aligned = alignDate(periodEnd.date, alignment, { academicYearEnd })
  const counted = periodEnd.detail ? `: ${periodEnd.detail}` : ` is ${formatDate(periodEnd.date)}`
  const then = aligned.detail ? `, ${aligned.detail}` : ''
  const reasonable = terms.orReasonableNotice
    ? `; the clause also allows "such notice as is reasonable in the circumstances", which may end it sooner: this date is for the full ${formatPeriod(noticePeriod)}`
    : ''
  return {
    date: aligned.date,
    basis: `${formatPeriod(noticePeriod)} after notice deemed served on ${formatDate(deemedServedOn)}${counted}${then} ${cite(clause)}${reasonable}`,
  }
}

/** The most calendar days one unit of each period can take; a count in terms or term-time days may
 * also wait up to a year for its first term. */
const DAYS_AT_MOST: Record<PeriodUnit, number> = {
  hours: 1 / 24,
  calendar_days: 1,
  business_days: 2,
  school_days: 2,
  weeks: 7,
  months: 31,
  terms: 183,
  years: 366,
}

/** How far before its effective date notice can have to be served: the period, a year for the
 * alignment, a year for the first term, and a month for deemed service. The search never looks further. */
function searchBoundDays(period: Period): number {
  return Math.ceil(period.amount * DAYS_AT_MOST[period.unit]) + 366 + 366 + 31
}

/** A search that found no day within its bound: the terms can never end the agreement by then. */
export class NoNoticeDayError extends Error {
  constructor(terminateBy: IsoDate, clause: string) {
    super(`No day of notice under clause ${clause} ends the agreement by ${formatDate(terminateBy)}`)
    this.name = 'NoNoticeDayError'
  }
}

type DayTest = 'in_time' | 'too_late' | TermCalendarRangeError

/**
 * The latest day `daysBefore` days before `limit` whose `test` is in time. `test` is monotone:
 * too late for the latest days, in time from some day back. An exponential step back (at most
 * `boundDays`) then a binary search; days whose term dates are missing lie before the entered ones,
 * so a search that can only end among them throws their error rather than guess.
 */
function latestInTime(limit: IsoDate, test: (day: IsoDate) => DayTest, boundDays: number): IsoDate | TermCalendarRangeError | undefined {
  let tooLate = -1
  let step = 0
  let unknown: { daysBefore: number; error: TermCalendarRangeError } | undefined
  let inTime: number | undefined
  while (inTime === undefined && unknown === undefined) {
    const result = test(plusDays(limit, -step))
    if (result === 'in_time') inTime = step
    else if (result === 'too_late') tooLate = step
    else unknown = { daysBefore: step, error: result }
    if (step >= boundDays && inTime === undefined && unknown === undefined) return undefined
    step = Math.min(boundDays, step === 0 ? 1 : step * 2)
  }
  let upper = inTime ?? unknown?.daysBefore ?? 0
  let upperIsInTime = inTime !== undefined
  while (upper - tooLate > 1) {
    const middle = Math.floor((tooLate + upper) / 2)
    const result = test(plusDays(limit, -middle))
    if (result === 'too_late') tooLate = middle
    else {
      upper = middle
      upperIsInTime = result === 'in_time'
      if (result !== 'in_time') unknown = { daysBefore: middle, error: result }
    }
  }
  if (upperIsInTime) return plusDays(limit, -upper)
  return unknown?.error
}

/** Later than any real date, for a notice whose period runs past the last term dates entered. */
const BEYOND_TERM_DATES = '9999-12-31'

/** When a notice deemed served on a day takes effect. A period in terms or term-time days that
 * runs past the last academic year entered ends after that year, so after `terminateBy` if that is
 * within it; any other missing term dates are returned, to be reported. */
function effectiveOrBeyond(terminateBy: IsoDate, terms: NoticeTerms): (deemedServedOn: IsoDate) => IsoDate | TermCalendarRangeError {
  const lastYear = terms.termCalendar?.academicYears.map((academicYear) => academicYear.year).sort().at(-1)
  const covered = lastYear ? academicYearSpan(lastYear).end : undefined
  return (deemedServedOn) => {
    try {
      const periodEnd = periodEndDate(deemedServedOn, terms.noticePeriod, { termCalendar: terms.termCalendar })
      return alignedDate(periodEnd, terms.alignment, { academicYearEnd: terms.academicYearEnd })
    } catch (error) {
      if (!(error instanceof TermCalendarRangeError)) throw error
      return error.afterLastEnteredYear && covered && terminateBy <= covered ? BEYOND_TERM_DATES : error
    }
  }
}

export interface LatestNoticeOptions extends NoticeTerms {
  /** The termination must take effect on or before this day. */
  terminateBy: IsoDate
  /** How notice is served: the notices clause, or the general law. */
  regime: NoticeRegime
}

export interface LatestNotice extends DatedBasis {
  deemedServedOn: IsoDate
}

/**
 * The last day notice can be served so that termination takes effect by `terminateBy`: a day on
 * which notice can actually be served under the notices clause (Kent STLS 16.1: a business day),
 * with the latest day to post or deliver it. Throws a TermCalendarRangeError if the answer needs
 * term dates that are not entered, and a NoNoticeDayError if no day within the search's bound works.
 */
export function latestNoticeDate({ terminateBy, regime, ...terms }: LatestNoticeOptions): LatestNotice {
  const effectiveAfter = effectiveOrBeyond(terminateBy, terms)
  const test = (day: IsoDate): DayTest => {
    const effective = effectiveAfter(day)
    if (effective instanceof TermCalendarRangeError) return effective
    return effective <= terminateBy ? 'in_time' : 'too_late'
  }
  const latest = latestInTime(terminateBy, test, searchBoundDays(terms.noticePeriod))
  if (latest instanceof TermCalendarRangeError) throw latest
  if (latest === undefined) throw new NoNoticeDayError(terminateBy, terms.clause)
  const deemedServedOn = latestServiceDayOnOrBefore(regime, latest)
  const effective = terminationEffective({ deemedServedOn, ...terms })
  const notServiceDay = deemedServedOn === latest ? '' : ` (${whyNotServiceDay(regime, latest)})`
  return {
    date: deemedServedOn,
    deemedServedOn,
    basis: `Latest day for notice to be served so that termination takes effect by ${formatDate(terminateBy)}: ${weekdayName(deemedServedOn)} ${formatDate(deemedServedOn)}${notServiceDay}; ${effective.basis}. ${describeLatestSending(regime, deemedServedOn)}`,
  }
}
