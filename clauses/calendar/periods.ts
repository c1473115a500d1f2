// Counting a period ("6 months", "21 days", "5 working days", "15 term-time days", "2 terms") from a
// date, and aligning its end ("terminating at the end of an academic year", "to end on 5th April").
import type { Alignment, DayOfYear, IsoDate, Period, TermCalendar } from '../values'
import { businessDaysAfter, businessDaysBefore } from './bank-holidays'
import { londonDateAndTime, londonInstant, nextDayOfYearOnOrAfter, plusDays, plusMonths, plusYears } from './dates'
import { formatDate, formatDayOfYear, formatPeriod } from './format'
import { schoolDayAfterIfCovered, schoolDaysBefore, TermCalendarNeededError, TermCalendarRangeError, termName, termsStartingAfter } from './term-calendar'

/** The academic year runs 1 September - 31 August unless the agreement defines it otherwise. */
export const DEFAULT_ACADEMIC_YEAR_END: DayOfYear = { day: 31, month: 8 }
/** The financial year runs 1 April - 31 March. */
export const FINANCIAL_YEAR_END: DayOfYear = { day: 31, month: 3 }

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

function requireTermCalendar(context: PeriodContext, period: Period): TermCalendar {
  if (!context.termCalendar) throw new TermCalendarNeededError(formatPeriod(period))
  return context.termCalendar
}

/** Whole terms counted on the term calendar: the period ends on the last day of the `count`-th
 * term that starts after `date` (Nottingham clause 9.1: "2 terms written notice"). */
function termsCounted(calendar: TermCalendar, date: IsoDate, count: number) {
  const counted = termsStartingAfter(calendar, date).slice(0, count)
  return counted.length === count ? counted : undefined
}

/** The day a period counted forward from `date` ends (the day itself not counted), or undefined
 * if it runs past the last term on the term calendar. Only the date, for searches that try many
 * days; `addPeriod` adds the working for a basis. */
export function periodEndIfCovered(date: IsoDate, period: Period, context: PeriodContext = {}): IsoDate | undefined {
  const { amount, unit } = period
  switch (unit) {
    case 'hours':
      if (context.time) return londonDateAndTime(new Date(londonInstant(date, context.time).getTime() + amount * 3_600_000)).date
      return plusDays(date, Math.ceil(amount / 24))
    case 'calendar_days':
      return plusDays(date, amount)
    case 'business_days':
      return businessDaysAfter(date, amount)
    case 'school_days':
      return schoolDayAfterIfCovered(requireTermCalendar(context, period), date, amount)
    case 'weeks':
      return plusDays(date, amount * 7)
    case 'months':
      return plusMonths(date, amount)
    case 'terms':
      return termsCounted(requireTermCalendar(context, period), date, amount)?.at(-1)?.end
    case 'years':
      return plusYears(date, amount)
  }
}

/** The day a period counted forward from `date` ends (the day itself not counted). */
export function periodEndDate(date: IsoDate, period: Period, context: PeriodContext = {}): IsoDate {
  const end = periodEndIfCovered(date, period, context)
  if (!end) throw new TermCalendarRangeError(requireTermCalendar(context, period), date)
  return end
}

/** The date a period ends, with how a period in terms or in hours without a time was counted. */
export function addPeriod(date: IsoDate, period: Period, context: PeriodContext = {}): PeriodEnd {
  const end = periodEndDate(date, period, context)
  if (period.unit === 'hours' && !context.time) return { date: end, detail: `time not recorded, so at the latest on ${formatDate(end)}` }
  if (period.unit !== 'terms') return { date: end }
  const terms = (termsCounted(requireTermCalendar(context, period), date, period.amount) ?? []).map(termName).join(', ')
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
      return schoolDaysBefore(requireTermCalendar(context, period), date, amount)
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

function alignedTo(alignment: Exclude<Alignment, { kind: 'none' }>): string {
  if (alignment.kind === 'fixed_day') return `the next ${formatDayOfYear(alignment)}`
  return alignment.kind === 'academic_year_end' ? 'the end of that academic year' : 'the end of that financial year'
}

/** The first day the alignment allows on or after `date`, and words for the basis. */
export function alignDate(date: IsoDate, alignment: Alignment, options: AlignmentOptions = {}): PeriodEnd {
  const aligned = alignedDate(date, alignment, options)
  if (alignment.kind === 'none') return { date: aligned }
  return { date: aligned, detail: `then to ${alignedTo(alignment)}, ${formatDate(aligned)}` }
}

/** The last day of the financial year (31 March) that `date` falls in. */
export function financialYearEndOf(date: IsoDate): IsoDate {
  return nextDayOfYearOnOrAfter(date, FINANCIAL_YEAR_END.day, FINANCIAL_YEAR_END.month)
}

/** The last day of the academic year that `date` falls in. */
export function academicYearEndOf(date: IsoDate, academicYearEnd: DayOfYear = DEFAULT_ACADEMIC_YEAR_END): IsoDate {
  return nextDayOfYearOnOrAfter(date, academicYearEnd.day, academicYearEnd.month)
}

/** "2026/27" for a date in the academic year 1 September 2026 - 31 August 2027. */
export function academicYearLabel(date: IsoDate, academicYearEnd: DayOfYear = DEFAULT_ACADEMIC_YEAR_END): string {
  const endYear = Number(academicYearEndOf(date, academicYearEnd).slice(0, 4))
  return `${endYear - 1}/${String(endYear).slice(2)}`
}
