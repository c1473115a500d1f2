// Calendar dates as `YYYY-MM-DD` strings. date-fns does the month and year arithmetic on local Date
// objects set to midday, so no daylight-saving change (which happens in the small hours) can move a
// date and the machine's time zone never matters. Adding days and finding the weekday, which the
// engine does day by day, use UTC milliseconds instead: no time zone at all, and several times
// faster than local-time Dates (bench/timeline.ts).
import { TZDate } from '@date-fns/tz'
import { addMonths, addYears, format } from 'date-fns'
import type { IsoDate } from '../values'

export const LONDON = 'Europe/London'

export function toDate(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(year, month - 1, day, 12)
}

/** Written out by hand rather than with date-fns `format`, which is most of the engine's time
 * when counting day by day (bench/timeline.ts). */
export function toIsoDate(date: Date): IsoDate {
  const month = date.getMonth() + 1
  const day = date.getDate()
  return `${date.getFullYear()}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

const DAY_MS = 86_400_000

function utcMs(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
}

function fromUtcMs(ms: number): IsoDate {
  const utc = new Date(ms)
  const month = utc.getUTCMonth() + 1
  const day = utc.getUTCDate()
  return `${utc.getUTCFullYear()}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

/** The date `day`/`month`/`year`, clamped to the last day of a shorter month (29 February in a non-leap year is 28 February). */
export function dateOf(year: number, month: number, day: number): IsoDate {
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return fromUtcMs(Date.UTC(year, month - 1, Math.min(day, lastDay)))
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7))
}

export function plusDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(utcMs(date) + days * DAY_MS)
}

/** date-fns clamps to the end of a shorter month: 31 August + 6 months = 28 (or 29) February. */
export function plusMonths(date: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(toDate(date), months))
}

export function plusYears(date: IsoDate, years: number): IsoDate {
  return toIsoDate(addYears(toDate(date), years))
}

export function daysBetween(later: IsoDate, earlier: IsoDate): number {
  return Math.round((utcMs(later) - utcMs(earlier)) / DAY_MS)
}

/** 0 for Sunday to 6 for Saturday. */
function weekday(date: IsoDate): number {
  return new Date(utcMs(date)).getUTCDay()
}

export function isWeekendDay(date: IsoDate): boolean {
  const day = weekday(date)
  return day === 0 || day === 6
}

export function weekdayName(date: IsoDate): string {
  return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][weekday(date)]
}

/** The first `day`/`month` on or after `date`. */
export function nextDayOfYearOnOrAfter(date: IsoDate, day: number, month: number): IsoDate {
  const thisYear = dateOf(yearOf(date), month, day)
  return thisYear >= date ? thisYear : dateOf(yearOf(date) + 1, month, day)
}

/** The calendar date and 24-hour time in Europe/London of an instant, e.g. an email's sent time. */
export function londonDateAndTime(instant: Date): { date: IsoDate; time: string } {
  const london = new TZDate(instant, LONDON)
  return { date: format(london, 'yyyy-MM-dd'), time: format(london, 'HH:mm') }
}

/** The instant at a Europe/London local date and time. */
export function londonInstant(date: IsoDate, time: string): Date {
  const [year, month, day] = date.split('-').map(Number)
  const [hours, minutes] = time.split(':').map(Number)
  return new Date(new TZDate(year, month - 1, day, hours, minutes, LONDON).getTime())
}
