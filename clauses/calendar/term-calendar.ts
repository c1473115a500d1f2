// Term-time arithmetic over an authority's term calendar (Kent: six terms a year; Southend,
// Leicestershire and Nottingham: three terms with a half term inside each). Term and half-term
// dates are inclusive. A count that needs an academic year whose term dates are not entered - before
// the first, after the last, or a gap between - throws a TermCalendarRangeError naming that year,
// never guesses: the timeline says which term dates to add.
import type { IsoDate, Term, TermCalendar } from '../values'
import { academicYearLabel, academicYearName, academicYearSpan, academicYearStartYear, academicYearsBetween } from './academic-year'
import { isBusinessDay } from './bank-holidays'
import { plusDays } from './dates'
import { countOnOrBefore } from './sorted-dates'

export interface CalendarTerm extends Term {
  academicYear: string
  /** The authority's dates for that year are demo dates, not its published ones. */
  demo: boolean
}

/** An authority without a term calendar has no academic years entered. */
const NO_TERM_DATES: TermCalendar = Object.freeze({ authority: '', academicYears: [] })

export function termCalendarOrNone(calendar: TermCalendar | undefined): TermCalendar {
  return calendar ?? NO_TERM_DATES
}

/** Term dates an answer needs that the authority has not entered. */
export class TermCalendarRangeError extends Error {
  /** The first academic year needed and missing, "2028/29". */
  readonly academicYear: string
  /** The missing year is after the last year entered (so a count that needs it ends after that year). */
  readonly afterLastEnteredYear: boolean

  constructor(calendar: TermCalendar, academicYear: string) {
    const last = lastEnteredYear(calendar)
    super(`${describeMissingTermDates(academicYear)}${calendar.authority ? ` in the ${calendar.authority} term calendar` : ''}; add them under Term dates`)
    this.name = 'TermCalendarRangeError'
    this.academicYear = academicYear
    this.afterLastEnteredYear = last !== undefined && academicYear > last
  }
}

const ordered = new WeakMap<TermCalendar, CalendarTerm[]>()

/** Every term of the calendar, earliest first. */
export function termsInOrder(calendar: TermCalendar): CalendarTerm[] {
  const cached = ordered.get(calendar)
  if (cached) return cached
  const terms = calendar.academicYears
    .flatMap((academicYear) => academicYear.terms.map((term) => ({ ...term, academicYear: academicYear.year, demo: academicYear.demo === true })))
    .sort((a, b) => a.start.localeCompare(b.start))
  ordered.set(calendar, terms)
  return terms
}

export function termContaining(calendar: TermCalendar, date: IsoDate): CalendarTerm | undefined {
  return termsInOrder(calendar).find((term) => term.start <= date && date <= term.end)
}

function enteredYears(calendar: TermCalendar): string[] {
  return calendar.academicYears.map((academicYear) => academicYear.year).sort()
}

function lastEnteredYear(calendar: TermCalendar): string | undefined {
  return enteredYears(calendar).at(-1)
}

/** The academic years from `from`'s to `to`'s whose term dates are not entered. */
export function academicYearsWithoutTermDates(calendar: TermCalendar, from: IsoDate, to: IsoDate): string[] {
  const entered = new Set(enteredYears(calendar))
  return academicYearsBetween(from, to).filter((year) => !entered.has(year))
}

/** Throws unless the term dates of every academic year from `from`'s to `to`'s are entered. */
export function requireTermDates(calendar: TermCalendar, from: IsoDate, to: IsoDate): void {
  const [missing] = academicYearsWithoutTermDates(calendar, from, to)
  if (missing) throw new TermCalendarRangeError(calendar, missing)
}

/** A count forward from `date` ran past the last term entered: the first missing year from
 * `date`'s on is a gap before the last year entered, or the year after it. */
function ranPastLastYear(calendar: TermCalendar, date: IsoDate): TermCalendarRangeError {
  const last = lastEnteredYear(calendar)
  if (!last || date > academicYearSpan(last).end) return new TermCalendarRangeError(calendar, academicYearLabel(date))
  const [gap] = academicYearsWithoutTermDates(calendar, date, academicYearSpan(last).end)
  return new TermCalendarRangeError(calendar, gap ?? academicYearName(academicYearStartYear(last) + 1))
}

/** A count back from `date` ran before the first term entered: the last missing year up to
 * `date`'s is a gap after the first year entered, or the year before it. */
function ranBeforeFirstYear(calendar: TermCalendar, date: IsoDate): TermCalendarRangeError {
  const first = enteredYears(calendar)[0]
  if (!first || date < academicYearSpan(first).start) return new TermCalendarRangeError(calendar, academicYearLabel(date))
  const gap = academicYearsWithoutTermDates(calendar, academicYearSpan(first).start, date).at(-1)
  return new TermCalendarRangeError(calendar, gap ?? academicYearName(academicYearStartYear(first) - 1))
}

const schoolDayLists = new WeakMap<TermCalendar, IsoDate[]>()

/** Every school day of the calendar in order, built once per calendar so counting term-time days
 * is a binary search rather than a walk day by day; each term's walk ends on its last day. */
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

/** The `count`-th school day after `date` (the day itself not counted). */
export function schoolDayAfter(calendar: TermCalendar, date: IsoDate, count: number): IsoDate {
  const days = schoolDays(calendar)
  const day = days[countOnOrBefore(days, date) + count - 1]
  if (!day) throw ranPastLastYear(calendar, date)
  requireTermDates(calendar, date, day)
  return day
}

/** The `count`-th school day before `date`. */
export function schoolDaysBefore(calendar: TermCalendar, date: IsoDate, count: number): IsoDate {
  const days = schoolDays(calendar)
  const onOrBefore = countOnOrBefore(days, date)
  const before = days[onOrBefore - 1] === date ? onOrBefore - 1 : onOrBefore
  const day = days[before - count]
  if (!day) throw ranBeforeFirstYear(calendar, date)
  requireTermDates(calendar, day, date)
  return day
}

/** The terms that start after `date`, earliest first. */
function termsStartingAfter(calendar: TermCalendar, date: IsoDate): CalendarTerm[] {
  return termsInOrder(calendar).filter((term) => term.start > date)
}

/** The `count` whole terms that start after `date` (Nottingham clause 9.1: "2 terms written
 * notice"), every academic year between entered. */
export function termsCountedAfter(calendar: TermCalendar, date: IsoDate, count: number): CalendarTerm[] {
  const counted = termsStartingAfter(calendar, date).slice(0, count)
  const last = counted.at(-1)
  if (counted.length < count || !last) throw ranPastLastYear(calendar, date)
  requireTermDates(calendar, date, last.end)
  return counted
}

/** "Autumn term 2026/27" or Kent's "Term 2 2026/27". */
export function termName(term: CalendarTerm): string {
  return `${term.name} ${term.academicYear}`
}

/** A term as a basis cites it, saying when its dates are demo dates. */
export function termCited(term: CalendarTerm): string {
  return `${termName(term)}${term.demo ? ' (demo term dates)' : ''}`
}

/** "the Leicestershire County Council term calendar (demo dates for 2026/27, not the council's
 * published ones)": what a basis that reads the calendar cites. */
export function termCalendarCited(calendar: TermCalendar, academicYear: string): string {
  const demo = calendar.academicYears.find((year) => year.year === academicYear)?.demo
  return `the ${calendar.authority} term calendar${demo ? ` (demo dates for ${academicYear}, not the council's published ones)` : ''}`
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

/** Why a date range's term-time entries cannot all be worked out, for the timeline: "Term dates
 * for 2028/29 are not entered". */
export function describeMissingTermDates(academicYear: string): string {
  return `Term dates for ${academicYear} are not entered`
}
