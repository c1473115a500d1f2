// When reports and returns fall due under a due rule: termly after each term ends, monthly, by a
// day each year, a period before an annual event, by October half term, or within a period of an
// event. Kent PRU Schedule 1: Annual Report two weeks before the annual meeting, complaints
// notified within 72 hours; Leicestershire SEIP 8.1 and 8.6: budget plan by October half term,
// Annual Expenditure Report by 31 March.
import type { DayOfYear, DueRule, IsoDate, Period, TermCalendar } from '../values'
import { dateOf, monthOf, plusMonths, yearOf } from './dates'
import { cite, type DatedBasis } from './dated'
import { formatDate, formatDayOfYear, formatPeriod, ordinal } from './format'
import { addPeriod, subtractPeriod } from './periods'
import { octoberHalfTerm, termCalendarCited, termCalendarOrNone, TermCalendarRangeError, termCited, termsInOrder } from './term-calendar'

export interface ReportScheduleOptions {
  rule: Exclude<DueRule, { kind: 'after_event' }>
  /** The period the agreement runs, inclusive. */
  from: IsoDate
  to: IsoDate
  termCalendar?: TermCalendar
  clause: string
  /** Only these terms of each academic year, by number (Kent STLS 13.5: terms 1 to 6). */
  termNumbers?: number[]
  /** Told of each due date left out because it needs term dates that are not entered. */
  onMissingTermDates?: (error: TermCalendarRangeError) => void
}

/** One answer, or none if it needs term dates that are not entered (said to `onMissingTermDates`). */
function unlessMissing<Value>(options: ReportScheduleOptions, work: () => Value): Value[] {
  try {
    return [work()]
  } catch (error) {
    if (!(error instanceof TermCalendarRangeError)) throw error
    options.onMissingTermDates?.(error)
    return []
  }
}

/** Each entered term that ends while the agreement runs; the timeline says which years are missing. */
function termly(after: Period | undefined, options: ReportScheduleOptions): DatedBasis[] {
  const { from, to, clause, termNumbers } = options
  const calendar = termCalendarOrNone(options.termCalendar)
  const terms = termsInOrder(calendar).filter((term) => term.end >= from && term.end <= to)
  return terms
    .filter((term) => !termNumbers || termNumbers.includes(termNumberInYear(calendar, term.academicYear, term.start)))
    .flatMap((term) => {
      const ended = `${termCited(term)} ends ${formatDate(term.end)}`
      if (!after) return [{ date: term.end, basis: `Termly: due at the end of each term; ${ended} ${cite(clause)}` }]
      return unlessMissing(options, () => {
        const date = addPeriod(term.end, after, { termCalendar: calendar }).date
        return { date, basis: `Termly: due ${formatPeriod(after)} after each term ends; ${ended}, so due ${formatDate(date)} ${cite(clause)}` }
      })
    })
}

function termNumberInYear(calendar: TermCalendar, academicYear: string, start: IsoDate): number {
  return termsInOrder(calendar).filter((term) => term.academicYear === academicYear && term.start <= start).length
}

function monthly(dayOfFollowingMonth: number, { from, to, clause }: ReportScheduleOptions): DatedBasis[] {
  const dues: DatedBasis[] = []
  for (let month = dateOf(yearOf(from), monthOf(from), 1); month <= to; month = plusMonths(month, 1)) {
    const next = plusMonths(month, 1)
    const date = dateOf(yearOf(next), monthOf(next), dayOfFollowingMonth)
    const monthWords = formatDate(month).split(' ').slice(1).join(' ')
    dues.push({ date, basis: `Monthly: for ${monthWords}, due by the ${ordinal(dayOfFollowingMonth)} of the following month, ${formatDate(date)} ${cite(clause)}` })
  }
  return dues
}

/** Each `day`/`month` from `from` to `to`. */
function yearlyDays(dayOfYear: DayOfYear, from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = []
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    const day = dateOf(year, dayOfYear.month, dayOfYear.day)
    if (day >= from && day <= to) days.push(day)
  }
  return days
}

function annualFixedDay(dayOfYear: DayOfYear, { from, to, clause }: ReportScheduleOptions): DatedBasis[] {
  return yearlyDays(dayOfYear, from, to).map((date) => ({ date, basis: `Annual: by ${formatDayOfYear(dayOfYear)} each year, ${formatDate(date)} ${cite(clause)}` }))
}

function beforeAnnualEvent(before: Period, event: string, eventDay: DayOfYear, options: ReportScheduleOptions): DatedBasis[] {
  const { from, to, termCalendar, clause } = options
  return yearlyDays(eventDay, from, to).flatMap((eventDate) =>
    unlessMissing(options, () => {
      const date = subtractPeriod(eventDate, before, { termCalendar })
      return { date, basis: `${formatPeriod(before)} before ${event} on ${formatDate(eventDate)} (held on ${formatDayOfYear(eventDay)} each year): ${formatDate(date)} ${cite(clause)}` }
    }),
  )
}

/** Each entered academic year's October half term while the agreement runs. */
function byOctoberHalfTerm(options: ReportScheduleOptions): DatedBasis[] {
  const { from, to, clause } = options
  const calendar = termCalendarOrNone(options.termCalendar)
  return calendar.academicYears.flatMap(({ year }) =>
    unlessMissing(options, () => octoberHalfTerm(calendar, year)).flatMap((halfTerm) => {
      if (!halfTerm || halfTerm.start < from || halfTerm.start > to) return []
      return [
        {
          date: halfTerm.lastSchoolDayBefore,
          basis: `By October half term ${year}, which starts ${formatDate(halfTerm.start)} on ${termCalendarCited(calendar, year)}: the last school day before it, ${formatDate(halfTerm.lastSchoolDayBefore)} ${cite(clause)}`,
        },
      ]
    }),
  )
}

/** Every due date of a recurring rule while the agreement runs. */
export function reportDueDates(options: ReportScheduleOptions): DatedBasis[] {
  const { rule } = options
  switch (rule.kind) {
    case 'termly':
      return termly(rule.after, options)
    case 'monthly':
      return monthly(rule.dayOfFollowingMonth, options)
    case 'annual_fixed_day':
      return annualFixedDay(rule, options)
    case 'before_annual_event':
      return beforeAnnualEvent(rule.before, rule.event, rule.eventDay, options)
    case 'by_october_half_term':
      return byOctoberHalfTerm(options)
  }
}

export interface AfterEventOptions {
  within: Period
  /** "the initial complaint" */
  event: string
  occurredOn: IsoDate
  /** Europe/London time it happened, for periods in hours. */
  time?: string
  termCalendar?: TermCalendar
  clause: string
}

/** "Within 72 hours of the initial complaint", "within 15 term-time days of admission". */
export function dueAfterEvent({ within, event, occurredOn, time, termCalendar, clause }: AfterEventOptions): DatedBasis {
  const end = addPeriod(occurredOn, within, { termCalendar, time })
  const detail = end.detail ? ` (${end.detail})` : ''
  return {
    date: end.date,
    basis: `Within ${formatPeriod(within)} of ${event} on ${formatDate(occurredOn)}${time ? ` at ${time}` : ''}: ${formatDate(end.date)}${detail} ${cite(clause)}`,
  }
}
