// Reports due "N times a year" on an authority's term calendar. Southend clause 9 reports KPIs
// "termly (3 times a year)"; on Kent's six-term calendar that is every second term, not six reports
// (issue 20). The reports are spread evenly over the year's terms, each due at the end of its term
// (or a period after it), and the basis says which terms and why.
import type { IsoDate, Period, TermCalendar } from '../values'
import { cite, type DatedBasis } from './dated'
import { formatDate, formatList, formatPeriod } from './format'
import { addPeriod } from './periods'
import { termCalendarOrNone, termCited, termsInOrder, type CalendarTerm } from './term-calendar'

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']

/** Which terms of a year of `terms` terms carry the reports when there are `times` a year: the
 * last term of each even share of the year (6 terms, 3 a year: terms 2, 4 and 6). */
export function termsForReports(terms: number, times: number): number[] {
  const reports = Math.min(times, terms)
  return Array.from({ length: reports }, (_, index) => Math.ceil(((index + 1) * terms) / reports))
}

export interface ReportsPerYearOptions {
  timesPerYear: number
  /** A period after the term ends, as a termly due rule may give. */
  after?: Period
  /** The days the agreement runs, inclusive. */
  from: IsoDate
  to: IsoDate
  termCalendar?: TermCalendar
  clause: string
}

function termsByYear(calendar: TermCalendar): Map<string, CalendarTerm[]> {
  const years = new Map<string, CalendarTerm[]>()
  for (const term of termsInOrder(calendar)) years.set(term.academicYear, [...(years.get(term.academicYear) ?? []), term])
  return years
}

function spread(times: number, terms: number, chosen: number[]): string {
  const timesWords = `${COUNT_WORDS[times] ?? times} time${times === 1 ? '' : 's'} a year`
  if (times >= terms) return `${timesWords}${times > terms ? ` (the calendar has ${terms} terms, so once a term)` : ''}`
  return `${timesWords} over the ${terms} terms: at the end of term${chosen.length > 1 ? 's' : ''} ${formatList(chosen.map(String))}`
}

/** Each report's due date, for every academic year of the calendar the agreement runs in. */
export function reportsPerYear({ timesPerYear, after, from, to, termCalendar, clause }: ReportsPerYearOptions): DatedBasis[] {
  // Years whose term dates are not entered give no dates here; the timeline notes them as missing.
  const calendar = termCalendarOrNone(termCalendar)
  return [...termsByYear(calendar)].flatMap(([, terms]) => {
    const chosen = termsForReports(terms.length, timesPerYear)
    const how = spread(timesPerYear, terms.length, chosen)
    return chosen
      .map((number) => terms[number - 1])
      .filter((term) => term.end >= from && term.end <= to)
      .map((term) => {
        const ended = `${termCited(term)} ends ${formatDate(term.end)}`
        if (!after) return { date: term.end, basis: `${capitalised(how)} on the ${calendar.authority} term calendar; ${ended} ${cite(clause)}` }
        const date = addPeriod(term.end, after, { termCalendar: calendar }).date
        return { date, basis: `${capitalised(how)} on the ${calendar.authority} term calendar, due ${formatPeriod(after)} after the term; ${ended}, so due ${formatDate(date)} ${cite(clause)}` }
      })
  })
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
