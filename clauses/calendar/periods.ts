// Counting a period ("6 months", "21 days", "5 working days", "15 term-time days", "2 terms",
// "72 hours") from a date, and aligning its end ("terminating at the end of an academic year", "to
// end on 5th April").
import { TZDate } from '@date-fns/tz'
import type { Alignment, DayOfYear, IsoDate, Period, TermCalendar } from '../values'
import { describeAcademicYearEnd, DEFAULT_ACADEMIC_YEAR_END, FINANCIAL_YEAR_END } from './academic-year'
import { businessDaysAfter, businessDaysBefore } from './bank-holidays'
import { LONDON, londonDateAndTime, londonInstant, nextDayOfYearOnOrAfter, plusDays, plusMonths, plusYears } from './dates'
import { formatDate, formatDayOfYear, formatPeriod } from './format'
import { schoolDayAfter, schoolDaysBefore, termCalendarOrNone, termCited, termsCountedAfter } from './term-calendar'

export interface PeriodContext {
  termCalendar?: TermCalendar
  /** Europe/London time of day the period starts at, for periods in hours. */
  time?: string
}

export interface PeriodEnd {
  date: IsoDate
  /** How a period in terms or hours was counted, for the basis. */
  detail?: string
}

const HOUR_MS = 3_600_000

/** Without the time something happened, a period in hours is counted from the last minute of that
 * day: the latest it can end. */
const END_OF_DAY = '23:59'

/** The instant a period in hours ends: real hours, so 72 hours across the clocks going forward
 * end an hour later on the clock than they started. */
function hoursEnd(date: IsoDate, hours: number, time: string | undefined): { date: IsoDate; time: string; clocksChanged?: 'forward' | 'back' } {
  const start = londonInstant(date, time ?? END_OF_DAY)
  const end = new Date(start.getTime() + hours * HOUR_MS)
  const offsetChange = new TZDate(end, LONDON).getTimezoneOffset() - new TZDate(start, LONDON).getTimezoneOffset()
  const clocksChanged = offsetChange < 0 ? 'forward' : offsetChange > 0 ? 'back' : undefined
  return { ...londonDateAndTime(end), ...(clocksChanged ? { clocksChanged } : {}) }
}

/** The day a period counted forward from `date` ends (the day itself not counted). A period in
 * terms or term-time days throws a TermCalendarRangeError if it needs term dates not entered. */
export function periodEndDate(date: IsoDate, period: Period, context: PeriodContext = {}): IsoDate {
  const { amount, unit } = period
  switch (unit) {
    case 'hours':
      return hoursEnd(date, amount, context.time).date
    case 'calendar_days':
      return plusDays(date, amount)
    case 'business_days':
      return businessDaysAfter(date, amount)
    case 'school_days':
      return schoolDayAfter(termCalendarOrNone(context.termCalendar), date, amount)
    case 'weeks':
      return plusDays(date, amount * 7)
    case 'months':
      return plusMonths(date, amount)
    case 'terms':
      return termsCountedAfter(termCalendarOrNone(context.termCalendar), date, amount).at(-1)?.end ?? date
    case 'years':
      return plusYears(date, amount)
  }
}

function hoursDetail(date: IsoDate, period: Period, time: string | undefined): string {
  const end = hoursEnd(date, period.amount, time)
  const clocks = end.clocksChanged ? ` (${formatPeriod(period)} of real time: the clocks go ${end.clocksChanged} in between)` : ''
  if (!time) return `time not recorded, so at the latest on ${formatDate(end.date)}${end.clocksChanged ? `, by ${end.time}` : ''}${clocks}`
  return `ending at ${end.time} on ${formatDate(end.date)}${clocks}`
}

/** The date a period ends, with how a period in terms or in hours was counted. */
export function addPeriod(date: IsoDate, period: Period, context: PeriodContext = {}): PeriodEnd {
  const end = periodEndDate(date, period, context)
  if (period.unit === 'hours') return { date: end, detail: hoursDetail(date, period, context.time) }
  if (period.unit !== 'terms') return { date: end }
  const counted = termsCountedAfter(termCalendarOrNone(context.termCalendar), date, period.amount)
  const terms = counted.map(termCited).join(', ')
  return { date: end, detail: `the ${period.amount === 1 ? 'full term' : `${period.amount} full terms`} after it (${terms}) ending ${formatDate(end)}` }
}

/** The date a period before `date` starts: "two weeks before the annual meeting". */
export function subtractPeriod(date: IsoDate, period: Period, context: PeriodContext = {}): IsoDate {
  const { amount, unit } = period
  switch (unit) {
    case 'hours':
      return plusDays(date, -Math.ceil(amount / 24))
    case 'calendar_days':
      return plusDays(date, -amount)
    case 'business_days':
      return businessDaysBefore(date, amount)
    case 'school_days':
      return schoolDaysBefore(termCalendarOrNone(context.termCalendar), date, amount)
    case 'weeks':
      return plusDays(date, -amount * 7)
    case 'months':
      return plusMonths(date, -amount)
    case 'terms':
      throw new Error('A period in terms cannot be counted backwards; give it in weeks or days')
    case 'years':
      return plusYears(date, -amount)
  }
}

export interface AlignmentOptions {
  /** The academic year's last day where the clause defines it; otherwise 31 August, said so. */
  academicYearEnd?: DayOfYear
}

/** The first day the alignment allows on or after `date`. */
export function alignedDate(date: IsoDate, alignment: Alignment, { academicYearEnd = DEFAULT_ACADEMIC_YEAR_END }: AlignmentOptions = {}): IsoDate {
  switch (alignment.kind) {
    case 'none':
      return date
    case 'academic_year_end':
      return nextDayOfYearOnOrAfter(date, academicYearEnd.day, academicYearEnd.month)
    case 'financial_year_end':
      return nextDayOfYearOnOrAfter(date, FINANCIAL_YEAR_END.day, FINANCIAL_YEAR_END.month)
    case 'fixed_day':
      return nextDayOfYearOnOrAfter(date, alignment.day, alignment.month)
  }
}

function alignedTo(alignment: Exclude<Alignment, { kind: 'none' }>, { academicYearEnd }: AlignmentOptions): string {
  switch (alignment.kind) {
    case 'fixed_day':
      return `the next ${formatDayOfYear(alignment)}`
    case 'academic_year_end':
      return `the end of that academic year (${describeAcademicYearEnd(academicYearEnd)})`
    case 'financial_year_end':
      return `the end of that financial year (1 April to ${formatDayOfYear(FINANCIAL_YEAR_END)})`
  }
}

/** The first day the alignment allows on or after `date`, and words for the basis. */
export function alignDate(date: IsoDate, alignment: Alignment, options: AlignmentOptions = {}): PeriodEnd {
  const aligned = alignedDate(date, alignment, options)
  if (alignment.kind === 'none') return { date: aligned }
  return { date: aligned, detail: `then to ${alignedTo(alignment, options)}, ${formatDate(aligned)}` }
}
