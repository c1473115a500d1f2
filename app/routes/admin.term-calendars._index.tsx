import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { listTermCalendars } from '#app/services/timeline/list-term-calendars.server'
import { requireUser } from '#app/utils/auth.server'
import { withPageErrors } from '#app/utils/route-errors.server'

export const meta: MetaFunction = () => [{ title: 'Term dates - SLA Register' }]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    return json({ calendars: await listTermCalendars({ actor }) })
  })
}

export default function TermCalendars() {
  const { calendars } = useLoaderData<typeof loader>()
  return (
    <>
      <h1 className="govuk-heading-l">Term dates</h1>
      <p className="govuk-body">
        Each authority’s terms and half terms. Deadlines counted in terms or term-time days (“within 15 term-time days”,
        “2 terms’ notice”) are worked out from these dates.
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Term calendars</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Local authority</th>
            <th scope="col" className="govuk-table__header">Academic years</th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {calendars.length === 0 ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={3}>
                You cannot see any authority’s term dates.
              </td>
            </tr>
          ) : null}
          {calendars.map((calendar) => (
            <tr className="govuk-table__row" key={calendar.authorityId}>
              <td className="govuk-table__cell">{calendar.authorityName}</td>
              <td className="govuk-table__cell">{calendar.years.length ? calendar.years.join(', ') : 'None yet'}</td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/admin/term-calendars/${calendar.authorityId}`}>
                  {calendar.canEdit ? 'View and edit' : 'View'}
                  <span className="govuk-visually-hidden"> the term dates of {calendar.authorityName}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
