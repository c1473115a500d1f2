// The academic and financial years. None of the seeds defines "Academic Year" (Leicestershire SEIP
// 17.1 and Nottingham 9.1 end notice "at the end of an Academic Year"), so it is taken as the school
// year, 1 September - 31 August, unless a clause gives another end; every basis that relies on it
// says which. The financial year runs 1 April - 31 March (Nottingham 1.2: "from April to the
// following March").
import type { DayOfYear, IsoDate } from '../values'
import { dateOf, nextDayOfYearOnOrAfter, plusDays, yearOf } from './dates'
import { formatDate, formatDayOfYear } from './format'

export const DEFAULT_ACADEMIC_YEAR_END: DayOfYear = { day: 31, month: 8 }
export const FINANCIAL_YEAR_END: DayOfYear = { day: 31, month: 3 }

/** The last day of the academic year that `date` falls in. */
export function academicYearEndOf(date: IsoDate, academicYearEnd: DayOfYear = DEFAULT_ACADEMIC_YEAR_END): IsoDate {
  return nextDayOfYearOnOrAfter(date, academicYearEnd.day, academicYearEnd.month)
}

/** The last day of the financial year (31 March) that `date` falls in. */
export function financialYearEndOf(date: IsoDate): IsoDate {
  return nextDayOfYearOnOrAfter(date, FINANCIAL_YEAR_END.day, FINANCIAL_YEAR_END.month)
}

/** "2026/27" for the academic year that starts in 2026. */
export function academicYearName(startYear: number): string {
  return `${startYear}/${String(startYear + 1).slice(-2)}`
}

/** "2026/27" for a date in the academic year 1 September 2026 - 31 August 2027. */
export function academicYearLabel(date: IsoDate, academicYearEnd: DayOfYear = DEFAULT_ACADEMIC_YEAR_END): string {
  return academicYearName(yearOf(academicYearEndOf(date, academicYearEnd)) - 1)
}

/** 2026 for "2026/27". */
export function academicYearStartYear(name: string): number {
  return Number(name.slice(0, 4))
}

/** The first and last day of a named academic year: 2026/27 is 1 September 2026 - 31 August 2027. */
export function academicYearSpan(name: string, academicYearEnd: DayOfYear = DEFAULT_ACADEMIC_YEAR_END): { start: IsoDate; end: IsoDate } {
  const startYear = academicYearStartYear(name)
  return {
    start: plusDays(dateOf(startYear, academicYearEnd.month, academicYearEnd.day), 1),
    end: dateOf(startYear + 1, academicYearEnd.month, academicYearEnd.day),
  }
}

/** The academic years from the one `from` falls in to the one `to` falls in; one a year, so the
 * loop is bounded by the years between them. */
export function academicYearsBetween(from: IsoDate, to: IsoDate): string[] {
  const first = academicYearStartYear(academicYearLabel(from))
  const last = academicYearStartYear(academicYearLabel(to))
  const names: string[] = []
  for (let year = first; year <= last; year++) names.push(academicYearName(year))
  return names
}

/** How a basis names the academic year: what the clause states, or the assumption made. */
export function describeAcademicYearEnd(academicYearEnd: DayOfYear | undefined): string {
  if (academicYearEnd) return `an academic year ending on ${formatDayOfYear(academicYearEnd)}, as the clause states`
  return `the agreement does not define the academic year, so it is taken as 1 September to ${formatDayOfYear(DEFAULT_ACADEMIC_YEAR_END)}`
}

/** "the academic year 2026/27 (1 September 2026 to 31 August 2027)". */
export function describeAcademicYear(name: string, academicYearEnd: DayOfYear = DEFAULT_ACADEMIC_YEAR_END): string {
  const { start, end } = academicYearSpan(name, academicYearEnd)
  return `the academic year ${name} (${formatDate(start)} to ${formatDate(end)})`
}
