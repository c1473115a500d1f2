// A yearly amount for part of a year, as a clause defines it: by days, by complete weeks or by
// terms. Alternative-provision placements are charged "£X per pupil per year, pro rata for part of
// a year"; Nottingham Schedule 2 recovers £15,000 a year "on a pro rata basis". Money is whole
// pence, rounded to the nearest penny (a half penny up).
import type { IsoDate, Pence, TermCalendar } from '../values'
import { daysBetween } from './dates'
import { formatDate, formatPence } from './format'
import { requireTermDates, termCalendarOrNone, termCited, termsInOrder } from './term-calendar'

export type ProRataBy = 'days' | 'weeks' | 'terms'

export interface ProRataOptions {
  yearly: Pence
  /** The part of the year paid for, inclusive. */
  from: IsoDate
  to: IsoDate
  /** The whole year it is a part of, inclusive, and its name: "the financial year 2026/27". */
  yearFrom: IsoDate
  yearTo: IsoDate
  yearName: string
  by: ProRataBy
  termCalendar?: TermCalendar
}

export interface ProRataAmount {
  amount: Pence
  /** "£36,000.00 a year pro rata by days: 212 of the 365 days of the financial year 2026/27". */
  detail: string
}

/** A year holds 52 complete weeks; the 365th (and 366th) day never makes a 53rd. */
const WEEKS_IN_YEAR = 52

/** `yearly` × `part` / `whole`, to the nearest penny, in whole-number arithmetic. */
export function shareOf(yearly: Pence, part: number, whole: number): Pence {
  return Math.floor((2 * yearly * part + whole) / (2 * whole))
}

function inclusiveDays(from: IsoDate, to: IsoDate): number {
  return daysBetween(to, from) + 1
}

function termsIn(calendar: TermCalendar | undefined, from: IsoDate, to: IsoDate) {
  // No calendar, or a year of it not entered: a TermCalendarRangeError says which year is needed.
  const known = termCalendarOrNone(calendar)
  requireTermDates(known, from, to)
  return termsInOrder(known).filter((term) => term.start >= from && term.start <= to)
}

export function proRata({ yearly, from, to, yearFrom, yearTo, yearName, by, termCalendar }: ProRataOptions): ProRataAmount {
  const a = `${formatPence(yearly)} a year`
  switch (by) {
    case 'days': {
      const part = inclusiveDays(from, to)
      const whole = inclusiveDays(yearFrom, yearTo)
      return { amount: shareOf(yearly, part, whole), detail: `${a} pro rata by days: ${part} of the ${whole} days of ${yearName}` }
    }
    case 'weeks': {
      const part = Math.min(WEEKS_IN_YEAR, Math.floor(inclusiveDays(from, to) / 7))
      return { amount: shareOf(yearly, part, WEEKS_IN_YEAR), detail: `${a} pro rata by complete weeks: ${part} of ${WEEKS_IN_YEAR} weeks (${formatDate(from)} to ${formatDate(to)})` }
    }
    case 'terms': {
      const part = termsIn(termCalendar, from, to)
      const whole = termsIn(termCalendar, yearFrom, yearTo)
      const named = part.length > 0 ? ` (${part.map(termCited).join(', ')})` : ''
      return {
        amount: shareOf(yearly, part.length, whole.length),
        detail: `${a} pro rata by terms: ${part.length} of the ${whole.length} terms starting in ${yearName} on the ${termCalendar?.authority} term calendar${named}`,
      }
    }
  }
}
