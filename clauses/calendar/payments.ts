// Payment due dates and amounts. Southend: monthly in arrears on the 20th; Leicestershire SEIP 4.1:
// termly instalments in advance; Nottingham Schedule 1: 5 April, 5 September and 5 January, "the
// closest working day prior" where that is a weekend or bank holiday.
import type { DayOfYear, IsoDate, Pence, PaymentRule, TermCalendar } from '../values'
import { bankHolidaysNote, businessDayOnOrBefore, nonBusinessReason } from './bank-holidays'
import { dateOf, monthOf, plusDays, plusMonths, weekdayName, yearOf } from './dates'
import { cite, type DatedBasis } from './dated'
import { formatDate, formatDayOfYear, formatPence, ordinal } from './format'
import { termCalendarOrNone, termCited, termsInOrder } from './term-calendar'

export interface PaymentDue extends DatedBasis {
  amount?: Pence
}

/** Equal instalments in whole pence that add up to exactly `total`; the pence left over after an
 * equal split go one each on the first instalments. */
export function splitIntoInstalments(total: Pence, count: number): Pence[] {
  const base = Math.floor(total / count)
  const remainder = total - base * count
  return Array.from({ length: count }, (_, index) => base + (index < remainder ? 1 : 0))
}

function instalmentNote(total: Pence, count: number, totalFor: string | undefined): string {
  const remainder = total % count
  const split = `${formatPence(total)}${totalFor ? ` ${totalFor}` : ''} in ${count} equal instalment${count > 1 ? 's' : ''}`
  if (remainder === 0) return split
  if (remainder === 1) return `${split}, the 1p left over added to the first instalment`
  return `${split}, the ${remainder}p left over added 1p each to the first ${remainder} instalments`
}

export interface PaymentScheduleOptions {
  rule: PaymentRule
  /** The period paid for, inclusive. */
  from: IsoDate
  to: IsoDate
  /** The total paid over the period, split into equal instalments. */
  total?: Pence
  /** What the total is for, in words: "for the financial year 2026/27". */
  totalFor?: string
  termCalendar?: TermCalendar
  clause: string
}

interface Due {
  date: IsoDate
  why: string
}

function monthlyInArrears(from: IsoDate, to: IsoDate, dayOfMonth: number): Due[] {
  const dues: Due[] = []
  for (let month = dateOf(yearOf(from), monthOf(from), 1); month <= to; month = plusMonths(month, 1)) {
    const next = plusMonths(month, 1)
    const date = dateOf(yearOf(next), monthOf(next), dayOfMonth)
    dues.push({ date, why: `monthly in arrears on the ${ordinal(dayOfMonth)}: for ${monthName(month)}, due ${formatDate(date)}` })
  }
  return dues
}

function monthName(date: IsoDate): string {
  return formatDate(date).split(' ').slice(1).join(' ')
}

/** The days after a term's first day that its first week runs to: seven days from the first day. */
const FIRST_WEEK_LAST_DAY = 6

/** Paid "in the first week of the academic term" (Leicestershire SEIP clause 2.3): due by the last
 * working day of the seven days from the term's first day, never before the first day. */
function firstWeekDue(term: { start: IsoDate }, cited: string): Due {
  const weekEnds = plusDays(term.start, FIRST_WEEK_LAST_DAY)
  const lastWorkingDay = businessDayOnOrBefore(weekEnds)
  const date = lastWorkingDay < term.start ? term.start : lastWorkingDay
  return {
    date,
    why: `termly in advance, in the first week of ${cited}, taken as the seven days from its first day, ${formatDate(term.start)}: by its last working day${bankHolidaysNote(term.start, weekEnds)}, ${weekdayName(date)} ${formatDate(date)}`,
  }
}

/** Only the terms entered: the timeline says which academic years' term dates are missing. */
function termlyInAdvance(from: IsoDate, to: IsoDate, termCalendar: TermCalendar | undefined, withinFirstWeek: boolean): Due[] {
  return termsInOrder(termCalendarOrNone(termCalendar))
    .filter((term) => term.start >= from && term.start <= to)
    .map((term) =>
      withinFirstWeek ? firstWeekDue(term, termCited(term)) : { date: term.start, why: `termly in advance: first day of ${termCited(term)}, ${formatDate(term.start)}` },
    )
}

function fixedDates(from: IsoDate, to: IsoDate, dates: DayOfYear[], moveToPreviousWorkingDay: boolean): Due[] {
  const dues: Due[] = []
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    for (const dayOfYear of dates) {
      const stated = dateOf(year, dayOfYear.month, dayOfYear.day)
      if (stated < from || stated > to) continue
      dues.push(fixedDue(stated, dayOfYear, moveToPreviousWorkingDay))
    }
  }
  return dues.sort((a, b) => a.date.localeCompare(b.date))
}

function fixedDue(stated: IsoDate, dayOfYear: DayOfYear, moveToPreviousWorkingDay: boolean): Due {
  const fixed = `fixed date ${formatDayOfYear(dayOfYear)}`
  const reason = nonBusinessReason(stated)
  if (!moveToPreviousWorkingDay || !reason) return { date: stated, why: `${fixed}: ${formatDate(stated)}` }
  const date = businessDayOnOrBefore(stated)
  return {
    date,
    why: `${fixed}: ${formatDate(stated)} is ${reason}, so the closest working day before it${bankHolidaysNote(date, stated)}, ${formatDate(date)}`,
  }
}

function dueDates(rule: PaymentRule, from: IsoDate, to: IsoDate, termCalendar: TermCalendar | undefined): Due[] {
  switch (rule.kind) {
    case 'monthly_in_arrears':
      return monthlyInArrears(from, to, rule.dayOfMonth)
    case 'termly_in_advance':
      return termlyInAdvance(from, to, termCalendar, rule.withinFirstWeek === true)
    case 'fixed_dates':
      return fixedDates(from, to, rule.dates, rule.moveToPreviousWorkingDay)
  }
}

export function paymentSchedule({ rule, from, to, total, totalFor, termCalendar, clause }: PaymentScheduleOptions): PaymentDue[] {
  const dues = dueDates(rule, from, to, termCalendar)
  if (total === undefined || dues.length === 0) {
    return dues.map(({ date, why }) => ({ date, basis: `Payment ${why} ${cite(clause)}` }))
  }
  const amounts = splitIntoInstalments(total, dues.length)
  const note = instalmentNote(total, dues.length, totalFor)
  return dues.map(({ date, why }, index) => ({
    date,
    amount: amounts[index],
    basis: `Payment ${index + 1} of ${dues.length}, ${why}; ${note} ${cite(clause)}`,
  }))
}
