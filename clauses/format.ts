// Plain-English formatting shared by the clause renderers: dates in words, money in pounds and
// pence, periods as lawyers write them. Pure; no framework imports.
import type { Alignment, DayOfYear, DueRule, IsoDate, Pence, Period, PeriodUnit } from './values'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "2026-09-01" -> "1 September 2026". */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${day} ${MONTHS[month - 1]} ${year}`
}

/** { day: 5, month: 4 } -> "5 April". */
export function formatDayOfYear({ day, month }: DayOfYear): string {
  return `${day} ${MONTHS[month - 1]}`
}

const poundsFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })

/** 1000000 pence -> "£10,000.00". */
export function formatPence(amount: Pence): string {
  return poundsFormat.format(amount / 100)
}

const UNIT_NAMES: Record<PeriodUnit, [singular: string, plural: string]> = {
  hours: ['hour', 'hours'],
  calendar_days: ['day', 'days'],
  business_days: ['working day', 'working days'],
  school_days: ['term-time day', 'term-time days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  terms: ['term', 'terms'],
  years: ['year', 'years'],
}

/** { amount: 6, unit: 'months' } -> "6 months"; 15 school days -> "15 term-time days". */
export function formatPeriod({ amount, unit }: Period): string {
  const [singular, plural] = UNIT_NAMES[unit]
  return `${amount} ${amount === 1 ? singular : plural}`
}

/** "6 months'" as in "6 months' notice"; singular units take "'s" ("1 month's notice"). */
export function formatPeriodPossessive(period: Period): string {
  const text = formatPeriod(period)
  return period.amount === 1 ? `${text}'s` : `${text}'`
}

/** What a notice period runs to: " terminating at the end of an academic year". */
export function formatAlignment(alignment: Alignment): string {
  switch (alignment.kind) {
    case 'none':
      return ''
    case 'academic_year_end':
      return ' terminating at the end of an academic year'
    case 'financial_year_end':
      return ' terminating at the end of a financial year'
    case 'fixed_day':
      return `, such notice period to end on ${formatDayOfYear(alignment)}`
  }
}

/** 85 -> "85%"; 7.5 -> "7.5%". */
export function formatPercentage(value: number): string {
  return `${value}%`
}

/** When a report or obligation falls due, in words. */
export function formatDueRule(due: DueRule): string {
  switch (due.kind) {
    case 'termly':
      return due.after ? `termly, within ${formatPeriod(due.after)} of the end of each term` : 'termly, at the end of each term'
    case 'monthly':
      return `monthly, by the ${ordinal(due.dayOfFollowingMonth)} day of the following month`
    case 'annual_fixed_day':
      return `by ${formatDayOfYear(due)} each year`
    case 'before_annual_event':
      return `${formatPeriod(due.before)} before ${due.event}`
    case 'by_october_half_term':
      return 'no later than October half term of each year'
    case 'after_event':
      return `within ${formatPeriod(due.within)} of ${due.event}`
  }
}

/** 1 -> "1st", 22 -> "22nd", 13 -> "13th". */
export function ordinal(value: number): string {
  const lastTwo = value % 100
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th'
  return `${value}${suffix}`
}

/** ["a", "b", "c"] -> "a, b and c". */
export function formatList(items: string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`
}
