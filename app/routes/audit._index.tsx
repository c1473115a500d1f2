import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { DateInput, ErrorSummary, TextInput } from '#app/components/forms'
import { Pagination, pageFrom } from '#app/components/pagination'
import { AUDIT_FILTER_PARAMETERS } from '#app/schemas/audit-filters'
import { auditActorLabel, listAuditEvents, parseAuditFilters, summaryInLondonTime } from '#app/services/list-audit-events.server'
import { isAppError, type TFieldErrors } from '#app/utils/app-error'
import { withJoinedDateParams } from '#app/utils/date-input'
import { requireAbility } from '#app/utils/permissions.server'
import { withPageErrors } from '#app/utils/route-errors.server'
import { formatLondonTime } from '#templates/render/london-time'

export const meta: MetaFunction = () => [{ title: 'Audit trail - SLA Register' }]

const EVENTS_PER_PAGE = 50

/** A bad filter is shown next to its field, and no events until it is put right. */
function readFilters(searchParams: URLSearchParams) {
  try {
    return { filters: parseAuditFilters(searchParams), errors: undefined }
  } catch (error) {
    if (isAppError(error) && error.code === 'validation') return { filters: undefined, errors: error.fieldErrors as TFieldErrors }
    throw error
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireAbility(request, 'read', 'AuditEvent')
    // "From" and "to" come as day, month and year boxes; links and the CSV carry them as YYYY-MM-DD.
    const searchParams = withJoinedDateParams(new URL(request.url).searchParams)
    const values = Object.fromEntries(AUDIT_FILTER_PARAMETERS.map((name) => [name, searchParams.get(name) ?? '']))
    const typedDates = Object.fromEntries([...searchParams].filter(([name]) => /^(from|to)-(day|month|year)$/.test(name)))
    const { filters, errors } = readFilters(searchParams)
    const page = pageFrom(searchParams)
    // One more than a page, to know whether there is a next one.
    const events = filters ? await listAuditEvents({ actor, filters, skip: (page - 1) * EVENTS_PER_PAGE, limit: EVENTS_PER_PAGE + 1 }) : []
    return json({
      values,
      typedDates,
      fieldErrors: errors,
      page,
      hasNextPage: events.length > EVENTS_PER_PAGE,
      events: events.slice(0, EVENTS_PER_PAGE).map((event) => ({
        id: String(event._id),
        at: formatLondonTime(event.at),
        who: auditActorLabel(event),
        summary: summaryInLondonTime(event.summary),
        agreementId: event.subject?.type === 'Agreement' ? event.subject.id : null,
      })),
    })
  })
}

function withFilters(path: string, values: Record<string, string>, page?: number) {
  const search = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ''))
  if (page && page > 1) search.set('page', String(page))
  const text = search.toString()
  return text ? `${path}?${text}` : path
}

export default function AuditTrail() {
  const { values, typedDates, fieldErrors: errors, page, hasNextPage, events } = useLoaderData<typeof loader>()
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Audit trail</h1>
      <p className="govuk-body">
        Everything done in the service for your authority, newest first: sign-ins, changes, reviews, signatures, uploads and downloads. Times are
        London time. <a className="govuk-link" href={withFilters('/audit.csv', values)}>Download these events (CSV)</a>
      </p>
      <Form method="get" action="/audit" className="app-filters" role="search" aria-label="Filter the audit trail">
        <TextInput name="q" label="Search" hint="A person’s email address, a name, an agreement reference or what was done" defaultValue={values.q} error={errors?.q} width="one-half" />
        <DateInput name="from" legend="From" defaultValue={values.from} values={typedDates} error={errors?.from} />
        <DateInput name="to" legend="To" defaultValue={values.to} values={typedDates} error={errors?.to} />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Filter
        </button>
      </Form>
      {errors ? null : events.length === 0 ? (
        <p className="govuk-body">No events match these filters.</p>
      ) : (
        <table className="govuk-table app-table--stack">
          <caption className="govuk-table__caption govuk-table__caption--m">Events</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">When</th>
              <th scope="col" className="govuk-table__header">Who</th>
              <th scope="col" className="govuk-table__header">What happened</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {events.map((event) => (
              <tr className="govuk-table__row" key={event.id}>
                <td className="govuk-table__cell" data-label="When">{event.at}</td>
                <td className="govuk-table__cell" data-label="Who">{event.who}</td>
                <td className="govuk-table__cell" data-label="What happened">
                  {event.summary}
                  {event.agreementId ? (
                    <>
                      {' '}
                      <Link className="govuk-link" to={`/agreements/${event.agreementId}/history`}>
                        Agreement history<span className="govuk-visually-hidden"> for this event</span>
                      </Link>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} hasNext={hasNextPage} hrefFor={(target) => withFilters('/audit', values, target)} />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
