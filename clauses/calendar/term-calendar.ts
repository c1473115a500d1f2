// Term-time arithmetic over an authority's term calendar (Kent: six terms a year; Southend,
// Leicestershire and Nottingham: three terms with a half term inside each). Term and half-term
// dates are inclusive.
import type { IsoDate, Term, TermCalendar } from '../values'
import { isBusinessDay } from './bank-holidays'
import { plusDays } from './dates'
import { formatDate } from './format'
import { countOnOrBefore } from './sorted-dates'

export interface CalendarTerm extends Term {
  academicYear: string
}

/** Term-time arithmetic without a term calendar. */
export class TermCalendarNeededError extends Error {
  constructor(what: string) {
    super(`A term calendar is needed to work out ${what}; add the authority's term dates`)
    this.name = 'TermCalendarNeededError'
  }
}

/** A date the term calendar does not cover, so term-time arithmetic cannot be done. */
export class TermCalendarRangeError extends Error {
  constructor(calendar: TermCalendar, date: IsoDate) {
    super(`The term calendar of ${calendar.authority} does not cover the term dates needed from ${formatDate(date)}; add those academic years' term dates`)
    this.name = 'TermCalendarRangeError'
  }
}

const ordered = new WeakMap<TermCalendar, CalendarTerm[]>()

/** Every term of the calendar, earliest first. */
export function termsInOrder(calendar: TermCalendar): CalendarTerm[] {
  const cached = ordered.get(calendar)
  if (cached) return cached
  const terms = calendar.academicYears
    .flatMap((academicYear) => academicYear.terms.map((term) => ({ ...term, academicYear: academicYear.year })))
    .sort((a, b) => a.start.localeCompare(b.start))
  ordered.set(calendar, terms)
  return terms
}

export function termContaining(calendar: TermCalendar, date: IsoDate): CalendarTerm | undefined {
  return termsInOrder(calendar).find((term) => term.start <= date && date <= term.end)
}

const schoolDayLists = new WeakMap<TermCalendar, IsoDate[]>()

/** Every school day of the calendar in order, built once per calendar so counting term-time days
 * is a binary search rather than a walk day by day. */
function schoolDays(calendar: TermCalendar): IsoDate[] {
  const cached = schoolDayLists.get(calendar)
  if (cached) return cached
  const days: IsoDate[] = []
  for (const term of termsInOrder(calendar)) {
    for (let day = term.start; day <= term.end; day = plusDays(day, 1)) {
      const inHalfTerm = term.halfTerm && term.halfTerm.start <= day && day <= term.halfTerm.end
      if (!inHalfTerm && isBusinessDay(day)) days.push(day)
    }
  }
  schoolDayLists.set(calendar, days)
  return days
}

/** A school (term-time) day: inside a term, outside its half term, and a business day. */
export function isSchoolDay(calendar: TermCalendar, date: IsoDate): boolean {
  const days = schoolDays(calendar)
  const count = countOnOrBefore(days, date)
  return count > 0 && days[count - 1] === date
}

function firstCoveredDay(calendar: TermCalendar): IsoDate | undefined {
  return termsInOrder(calendar)[0]?.start
}

/** The `count`-th school day after `date` (the day itself not counted), or undefined if the
 * calendar does not cover the days between (before its first term or past its last). */
export function schoolDayAfterIfCovered(calendar: TermCalendar, date: IsoDate, count: number): IsoDate | undefined {
  const firstDay = firstCoveredDay(calendar)
  if (!firstDay || date < firstDay) return undefined
  const days = schoolDays(calendar)
  return days[countOnOrBefore(days, date) + count - 1]
}

/** The `count`-th school day before `date`. */
export function schoolDaysBefore(calendar: TermCalendar, date: IsoDate, count: number): IsoDate {
  const days = schoolDays(calendar)
  const onOrBefore = countOnOrBefore(days, date)
  const before = days[onOrBefore - 1] === date ? onOrBefore - 1 : onOrBefore
  const day = days[before - count]
  if (!day) throw new TermCalendarRangeError(calendar, plusDays(firstCoveredDay(calendar) ?? date, -1))
  return day
}

/** The terms that start after `date`, earliest first. */
export function termsStartingAfter(calendar: TermCalendar, date: IsoDate): CalendarTerm[] {
  return termsInOrder(calendar).filter((term) => term.start > date)
}

/** "Autumn term 2026/27" or Kent's "Term 2 2026/27". */
export function termName(term: CalendarTerm): string {
  return `${term.name} ${term.academicYear}`
}

/** Where October half term starts in an academic year, and the last school day before it. Kent's
 * six-term year has it between Term 1 and Term 2; three-term years have it inside the autumn term. */
export function octoberHalfTerm(calendar: TermCalendar, academicYear: string): { start: IsoDate; lastSchoolDayBefore: IsoDate } | undefined {
  const autumnTerms = termsInOrder(calendar).filter((term) => term.academicYear === academicYear && term.season === 'autumn')
  const [first, second] = autumnTerms
  if (!first) return undefined
  if (first.halfTerm) {
    return { start: first.halfTerm.start, lastSchoolDayBefore: schoolDaysBefore(calendar, first.halfTerm.start, 1) }
  }
  if (!second) return undefined
  const start = plusDays(first.end, 1)
  return { start, lastSchoolDayBefore: isSchoolDay(calendar, first.end) ? first.end : schoolDaysBefore(calendar, first.end, 1) }
}
