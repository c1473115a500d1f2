import { Link } from '@remix-run/react'
import { formatDate, formatPence } from '#clauses/calendar/format'
import { groupByMonth, monthName, relativeToToday } from './relative-date'
import { type TTimelineRow } from './types'

/** Where the authority's term dates are, for a reader who may see them; an administrator may add them. */
export type TTermDatesLink = { href: string; canEdit: boolean }

/** The way to the term dates an entry says are missing, in words that fit who is reading. */
export function TermDatesLink({ termDates }: { termDates: TTermDatesLink | null }) {
  if (!termDates) return <> The authority adds them.</>
  return (
    <>
      {' '}
      <Link className="govuk-link" to={termDates.href}>
        {termDates.canEdit ? 'Add them under Term dates' : 'See the Term dates (an administrator adds them)'}
      </Link>
    </>
  )
}

function clauseWords(clause: string) {
  if (!clause) return 'Not tied to a clause'
  return /^\d/.test(clause) ? `Clause ${clause}` : clause
}

/** The timeline as a dated list, month by month; each past entry says so in words, not colour alone. */
export function TimelineList({ entries, today, termDates }: { entries: TTimelineRow[]; today: string; termDates: TTermDatesLink | null }) {
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
                    {entry.key === 'term_dates.missing' ? <TermDatesLink termDates={termDates} /> : null}
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
