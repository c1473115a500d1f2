import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ObligationStateTag } from '#app/components/compliance/state-tag'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { listObligations } from '#app/services/compliance/list-obligations.server'
import { requireUser } from '#app/utils/auth.server'
import { withPageErrors } from '#app/utils/route-errors.server'
import { formatDate } from '#clauses/calendar/format'

export const meta: MetaFunction = () => [{ title: 'Obligations - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    const obligations = await listObligations({ actor, filters: { agreementId: String(agreement.originalAgreement ?? agreement._id) }, limit: 5000 })
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference, title: agreement.title, status: agreement.status },
      obligations: obligations.map((obligation) => ({
        id: String(obligation._id),
        title: obligation.title,
        clause: obligation.clause,
        owner: obligation.ownerDescription,
        dueOn: obligation.dueOn,
        state: obligation.state,
        overdue: obligation.overdue,
      })),
    })
  })
}

export default function AgreementObligations() {
  const { agreement, obligations } = useLoaderData<typeof loader>()
  return (
    <>
      <Link to={`/agreements/${agreement.id}`} className="govuk-back-link">
        Back to {agreement.reference}
      </Link>
      <span className="govuk-caption-l">{agreement.reference}</span>
      <h1 className="govuk-heading-l">Obligations</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/agreements/${agreement.id}/kpis`}>
          KPI returns and trends
        </Link>
      </p>
      {obligations.length === 0 ? (
        <p className="govuk-body">Obligations are tracked once the agreement is in force.</p>
      ) : (
        <table className="govuk-table app-table--stack">
          <caption className="govuk-table__caption govuk-table__caption--m">Every obligation for the agreement's term, by due date</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Due</th>
              <th scope="col" className="govuk-table__header">Obligation</th>
              <th scope="col" className="govuk-table__header">Clause</th>
              <th scope="col" className="govuk-table__header">Owed by</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {obligations.map((obligation) => (
              <tr key={obligation.id} className="govuk-table__row">
                <td className="govuk-table__cell" data-label="Due">
                  <time dateTime={obligation.dueOn}>{formatDate(obligation.dueOn)}</time>
                </td>
                <td className="govuk-table__cell" data-label="Obligation">
                  <Link className="govuk-link" to={`/compliance/obligations/${obligation.id}`}>
                    {obligation.title}
                  </Link>
                </td>
                <td className="govuk-table__cell" data-label="Clause">{obligation.clause}</td>
                <td className="govuk-table__cell" data-label="Owed by">{obligation.owner}</td>
                <td className="govuk-table__cell" data-label="Status">
                  <ObligationStateTag state={obligation.state} overdue={obligation.overdue} />
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
