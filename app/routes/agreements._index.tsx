import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { StatusTag } from '#app/components/agreements/status-tag'
import { counterpartyNames, listAgreements } from '#app/services/agreements/list-agreements.server'
import { listTemplates } from '#app/services/agreements/list-templates.server'
import { assertNotPlatformAdmin } from '#app/services/platform/platform-admin-scope.server'
import { requireUser } from '#app/utils/auth.server'
import { formatDate } from '#app/utils/dates'
import { withPageErrors } from '#app/utils/route-errors.server'
import { AGREEMENT_STATUSES, AGREEMENT_STATUS_LABELS } from '#models/agreement-lifecycle'

export const meta: MetaFunction = () => [{ title: 'Agreements - SLA Register' }]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    assertNotPlatformAdmin(actor, 'agreements')
    const url = new URL(request.url)
    const template = url.searchParams.get('template') ?? ''
    const status = url.searchParams.get('status') ?? ''
    const templates = await listTemplates({ actor })
    const agreements = await listAgreements({ actor, template: template || undefined, status: status || undefined })
    return json({
      filters: { template, status },
      templates: templates.map(({ key, title }) => ({ key, title })),
      canCreate: actor.ability.can('create', 'Agreement'),
      agreements: agreements.map((agreement) => ({
        id: String(agreement._id),
        reference: agreement.reference,
        title: agreement.title,
        counterparties: counterpartyNames(agreement),
        status: agreement.status,
        version: agreement.version,
        endsOn: agreement.endsOn,
      })),
    })
  })
}

export default function Agreements() {
  const { agreements, templates, filters, canCreate } = useLoaderData<typeof loader>()
  return (
    <>
      <h1 className="govuk-heading-l">Agreements</h1>
      {canCreate ? (
        <Link to="/agreements/new" className="govuk-button">
          Draft an agreement
        </Link>
      ) : null}
      <Form method="get" action="/agreements">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="template">
                Template
              </label>
              <select className="govuk-select govuk-!-width-full" id="template" name="template" defaultValue={filters.template}>
                <option value="">All templates</option>
                {templates.map((template) => (
                  <option key={template.key} value={template.key}>
                    {template.title}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="status">
                Status
              </label>
              <select className="govuk-select" id="status" name="status" defaultValue={filters.status}>
                <option value="">All statuses</option>
                {AGREEMENT_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {AGREEMENT_STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Filter agreements
        </button>
      </Form>
      {agreements.length === 0 ? (
        <p className="govuk-body">There are no agreements to show.</p>
      ) : (
        <table className="govuk-table app-table--stack">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {agreements.length === 1 ? '1 agreement' : `${agreements.length} agreements`}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Agreement</th>
              <th scope="col" className="govuk-table__header">With</th>
              <th scope="col" className="govuk-table__header">Ends</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {agreements.map((agreement) => (
              <tr className="govuk-table__row" key={agreement.id}>
                <td className="govuk-table__cell" data-label="Agreement">
                  <Link className="govuk-link" to={`/agreements/${agreement.id}`}>
                    {agreement.reference}
                    {agreement.version > 1 ? ` (version ${agreement.version})` : ''}
                  </Link>
                  <span className="govuk-body-s app-block govuk-!-margin-bottom-0">{agreement.title}</span>
                </td>
                <td className="govuk-table__cell" data-label="With">
                  {agreement.counterparties.length > 0 ? agreement.counterparties.join(', ') : <span className="govuk-hint govuk-!-margin-bottom-0">Not yet named</span>}
                </td>
                <td className="govuk-table__cell" data-label="Ends">{agreement.endsOn ? formatDate(agreement.endsOn) : 'Not set'}</td>
                <td className="govuk-table__cell" data-label="Status">
                  <StatusTag status={agreement.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
