// England and Wales bank holidays from `date-holidays` (GB, region ENG), including substitute days
// such as Monday 28 December 2026 for Boxing Day on a Saturday. No network call: the rules ship
// with the package.
import Holidays from 'date-holidays'
import type { IsoDate } from '../values'
import { isWeekendDay, plusDays, weekdayName, yearOf } from './dates'
import { formatDate, formatList } from './format'

// Only public (bank) holidays: computing the observances too doubles the cost of each year.
const englandAndWales = new Holidays('GB', 'ENG', { types: ['public'] })
const byYear = new Map<number, Map<IsoDate, string>>()

/** The bank holidays of a year, date -> name. */
export function bankHolidaysIn(year: number): Map<IsoDate, string> {
  const cached = byYear.get(year)
  if (cached) return cached
  const holidays = new Map<IsoDate, string>()
  for (const holiday of englandAndWales.getHolidays(year)) {
    const date = holiday.date.slice(0, 10)
    // The library also lists Christmas or Boxing Day when it falls on a weekend; the bank holiday is
    // then its substitute weekday, which it lists separately, as gov.uk does.
    if (holiday.type === 'public' && !isWeekendDay(date)) holidays.set(date, holiday.name)
  }
  byYear.set(year, holidays)
  return holidays
}

export function bankHolidayName(date: IsoDate): string | undefined {
  return bankHolidaysIn(yearOf(date)).get(date)
}

const businessDays = new Map<IsoDate, boolean>()

/** A business (working) day is not a Saturday, Sunday or England and Wales bank holiday. */
export function isBusinessDay(date: IsoDate): boolean {
  let isBusiness = businessDays.get(date)
  if (isBusiness === undefined) {
    isBusiness = !isWeekendDay(date) && !bankHolidayName(date)
    businessDays.set(date, isBusiness)
  }
  return isBusiness
}

/** The `count`-th business day after `date` (the day itself not counted). */
export function businessDaysAfter(date: IsoDate, count: number): IsoDate {
  let current = date
  for (let counted = 0; counted < count; ) {
    current = plusDays(current, 1)
    if (isBusinessDay(current)) counted++
  }
  return current
}

/** The `count`-th business day before `date`. */
export function businessDaysBefore(date: IsoDate, count: number): IsoDate {
  let current = date
  for (let counted = 0; counted < count; ) {
    current = plusDays(current, -1)
    if (isBusinessDay(current)) counted++
  }
  return current
}

/** `date` if it is a business day, otherwise the closest business day before it. */
export function businessDayOnOrBefore(date: IsoDate): IsoDate {
  return isBusinessDay(date) ? date : businessDaysBefore(date, 1)
}

/** Why a day is not a business day, for a basis: "Saturday", "Good Friday". */
export function nonBusinessReason(date: IsoDate): string | undefined {
  const holiday = bankHolidayName(date)
  if (holiday) return `${holiday} (bank holiday)`
  if (isWeekendDay(date)) return `a ${weekdayName(date)}`
  return undefined
}

/** The bank holidays strictly between two dates, in words: "Christmas Day 25 December 2026". */
export function bankHolidaysBetween(from: IsoDate, to: IsoDate): string[] {
  const holidays: string[] = []
  for (let day = plusDays(from, 1); day < to; day = plusDays(day, 1)) {
    const name = bankHolidayName(day)
    if (name) holidays.push(`${name} ${formatDate(day)}`)
  }
  return holidays
}

/** ", not counting the bank holidays Good Friday 3 April 2026 and Easter Monday 6 April 2026". */
export function bankHolidaysNote(from: IsoDate, to: IsoDate): string {
  const holidays = bankHolidaysBetween(from, to)
  return holidays.length ? `, not counting the bank holiday${holidays.length > 1 ? 's' : ''} ${formatList(holidays)}` : ''
}
