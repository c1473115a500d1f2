import { formatDate, formatPence } from '#clauses/calendar/format'
import { groupByMonth, monthName, relativeToToday } from './relative-date'
import { type TTimelineRow } from './types'

function clauseWords(clause: string) {
  if (!clause) return 'Not tied to a clause'
  return /^\d/.test(clause) ? `Clause ${clause}` : clause
}

/** The timeline as a dated list, month by month; each past entry says so in words, not colour alone. */
export function TimelineList({ entries, today }: { entries: TTimelineRow[]; today: string }) {
  if (entries.length === 0) return <p className="govuk-body">There are no dated entries to show.</p>
  return (
    <div className="app-timeline">
      {groupByMonth(entries).map(({ month, items }) => (
        <section key={month} aria-labelledby={`month-${month}`}>
          <h3 className="govuk-heading-m" id={`month-${month}`}>
            {monthName(month)}
          </h3>
          <ol className="govuk-list app-timeline__list">
            {items.map((entry) => {
              const relative = relativeToToday(entry.date, today)
              return (
                <li
                  key={entry.anchor}
                  id={entry.anchor}
                  className={`app-timeline__entry${relative.isPast ? ' app-timeline__entry--past' : ''}`}
                  data-key={entry.key}
                >
                  <p className="govuk-body govuk-!-margin-bottom-1">
                    <time dateTime={entry.date} className="govuk-!-font-weight-bold">
                      {formatDate(entry.date)}
                    </time>{' '}
                    {relative.isPast ? <strong className="govuk-tag govuk-tag--grey">Past</strong> : null}{' '}
                    <span className="govuk-body-s app-timeline__relative">{relative.words}</span>
                  </p>
                  <p className="govuk-body govuk-!-margin-bottom-1 app-timeline__label">{entry.label}</p>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    {clauseWords(entry.clause)}
                    {entry.amount !== undefined ? <> · Amount: {formatPence(entry.amount)}</> : null}
                  </p>
                  <p className="govuk-body-s app-timeline__basis">
                    <span className="govuk-visually-hidden">How this date is worked out: </span>
                    {entry.basis}
                  </p>
                </li>
              )
            })}
          </ol>
        </section>
      ))}
    </div>
  )
}
