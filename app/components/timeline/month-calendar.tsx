import { toDate, plusDays } from '#clauses/calendar/dates'
import { formatDate } from '#clauses/calendar/format'
import { groupByMonth, monthName } from './relative-date'
import { type TTimelineRow } from './types'

const WEEKDAYS = [
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
  ['Sun', 'Sunday'],
] as const

/** The weeks (Monday first) of a month, each day a date or null for days of the neighbouring months. */
function weeksOf(yearMonth: string): (string | null)[][] {
  const first = `${yearMonth}-01`
  const leading = (toDate(first).getDay() + 6) % 7
  const days: (string | null)[] = Array.from({ length: leading }, () => null)
  for (let day = first; day.startsWith(yearMonth); day = plusDays(day, 1)) days.push(day)
  while (days.length % 7) days.push(null)
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7))
}

/**
 * One table per month that has entries: a caption naming the month, weekday column headers, and each
 * deadline as a link to its full entry in the list view, so nothing depends on colour or on a pointer.
 */
export function MonthCalendar({ entries, today, listHref }: { entries: TTimelineRow[]; today: string; listHref: string }) {
  if (entries.length === 0) return <p className="govuk-body">There are no dated entries to show.</p>
  return (
    <div className="app-month-calendars">
      {groupByMonth(entries).map(({ month, items }) => (
        <table className="govuk-table app-month-calendar" key={month}>
          <caption className="govuk-table__caption govuk-table__caption--m">
            {monthName(month)}
            <span className="govuk-visually-hidden">
              , {items.length} {items.length === 1 ? 'entry' : 'entries'}
            </span>
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {WEEKDAYS.map(([short, full]) => (
                <th scope="col" className="govuk-table__header" key={short}>
                  <abbr title={full}>{short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {weeksOf(month).map((week) => (
              <tr className="govuk-table__row" key={week.find(Boolean) ?? month}>
                {week.map((day, index) => (
                  <DayCell key={day ?? `${month}-blank-${index}`} day={day} today={today} listHref={listHref} entries={items.filter((entry) => entry.date === day)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  )
}

function DayCell({ day, today, listHref, entries }: { day: string | null; today: string; listHref: string; entries: TTimelineRow[] }) {
  if (!day) return <td className="govuk-table__cell app-month-calendar__day app-month-calendar__day--outside" />
  const isToday = day === today
  return (
    <td
      className={`govuk-table__cell app-month-calendar__day${entries.length ? ' app-month-calendar__day--due' : ''}${isToday ? ' app-month-calendar__day--today' : ''}`}
      aria-current={isToday ? 'date' : undefined}
    >
      <span className="app-month-calendar__number">
        <span aria-hidden="true">{Number(day.slice(8))}</span>
        <span className="govuk-visually-hidden">{formatDate(day)}</span>
        {isToday ? <span className="app-month-calendar__today"> (today)</span> : null}
      </span>
      {entries.length ? (
        <ul className="govuk-list govuk-body-s app-month-calendar__entries">
          {entries.map((entry) => (
            <li key={entry.anchor}>
              <a className="govuk-link" href={`${listHref}#${entry.anchor}`}>
                {entry.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  )
}
