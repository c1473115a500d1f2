import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import timelineStylesHref from '#app/components/timeline/timeline.css'
import { yearSlug } from '#app/schemas/term-calendar'
import { getTermCalendarForActor } from '#app/services/timeline/get-term-calendar.server'
import { requireUser } from '#app/utils/auth.server'
import { withPageErrors } from '#app/utils/route-errors.server'
import { formatDate } from '#clauses/calendar/format'

export const meta: MetaFunction = () => [{ title: 'Term dates - SLA Register' }]

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: timelineStylesHref }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const calendar = await getTermCalendarForActor({ actor, authorityId: params.authorityId ?? '' })
    return json({
      authorityId: calendar.authorityId,
      authorityName: calendar.authorityName,
      canEdit: calendar.canEdit,
      academicYears: calendar.academicYears.map((academicYear) => ({
        year: academicYear.year,
        demo: academicYear.demo === true,
        source: academicYear.source ?? '',
        terms: academicYear.terms.map((term) => ({
          name: term.name,
          start: term.start,
          end: term.end,
          halfTerm: term.halfTerm ? { start: term.halfTerm.start, end: term.halfTerm.end } : null,
        })),
      })),
    })
  })
}

export default function AuthorityTermCalendar() {
  const { authorityId, authorityName, canEdit, academicYears } = useLoaderData<typeof loader>()
  return (
    <>
      <Link to="/admin/term-calendars" className="govuk-back-link">
        Back to term dates
      </Link>
      <span className="govuk-caption-l">{authorityName}</span>
      <h1 className="govuk-heading-l">Term dates</h1>
      {canEdit ? (
        <Link to={`/admin/term-calendars/${authorityId}/new`} className="govuk-button">
          Add an academic year
        </Link>
      ) : null}
      {academicYears.length === 0 ? <p className="govuk-body">There are no term dates yet.</p> : null}
      {academicYears.map((academicYear) => (
        <table className="govuk-table" key={academicYear.year}>
          <caption className="govuk-table__caption govuk-table__caption--m">
            {academicYear.year}{' '}
            {academicYear.demo ? <strong className="govuk-tag govuk-tag--yellow">Demo dates</strong> : null}{' '}
            {academicYear.source ? <span className="govuk-body-s app-block">{academicYear.source}</span> : null}
            {canEdit ? (
              <Link className="govuk-link govuk-body" to={`/admin/term-calendars/${authorityId}/${yearSlug(academicYear.year)}`}>
                Edit<span className="govuk-visually-hidden"> the {academicYear.year} term dates</span>
              </Link>
            ) : null}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Term</th>
              <th scope="col" className="govuk-table__header">First day</th>
              <th scope="col" className="govuk-table__header">Last day</th>
              <th scope="col" className="govuk-table__header">Half term</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {academicYear.terms.map((term) => (
              <tr className="govuk-table__row" key={term.name}>
                <th scope="row" className="govuk-table__header">{term.name}</th>
                <td className="govuk-table__cell">{formatDate(term.start)}</td>
                <td className="govuk-table__cell">{formatDate(term.end)}</td>
                <td className="govuk-table__cell">{term.halfTerm ? `${formatDate(term.halfTerm.start)} to ${formatDate(term.halfTerm.end)}` : 'None inside the term'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
