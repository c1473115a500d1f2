import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { ORGANISATION_KIND_LABELS } from '#models/access/organisation-kinds'
import { listOrganisations } from '#app/services/list-organisations.server'
import { asSubject } from '#models/access/subjects'
import { requireAbility } from '#app/utils/permissions.server'
import { withPageErrors } from '#app/utils/route-errors.server'

export const meta: MetaFunction = () => [{ title: 'Organisations - SLA Register' }]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireAbility(request, 'create', 'Organisation')
    const organisations = await listOrganisations({ actor })
    const names = new Map(organisations.map((organisation) => [String(organisation._id), organisation.name]))
    return json({
      organisations: organisations.map((organisation) => ({
        id: String(organisation._id),
        name: organisation.name,
        kind: ORGANISATION_KIND_LABELS[organisation.kind],
        authority: organisation.parentAuthority ? (names.get(String(organisation.parentAuthority)) ?? '') : '',
        canEdit: actor.ability.can('update', asSubject('Organisation', organisation)),
      })),
    })
  })
}

export default function Organisations() {
  const { organisations } = useLoaderData<typeof loader>()
  return (
    <>
      <h1 className="govuk-heading-l">Organisations</h1>
      <Link to="/admin/organisations/new" className="govuk-button">
        Add an organisation
      </Link>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Organisations you manage</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Name</th>
            <th scope="col" className="govuk-table__header">Kind</th>
            <th scope="col" className="govuk-table__header">Local authority</th>
            <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {organisations.map((organisation) => (
            <tr className="govuk-table__row" key={organisation.id}>
              <td className="govuk-table__cell">{organisation.name}</td>
              <td className="govuk-table__cell">{organisation.kind}</td>
              <td className="govuk-table__cell">{organisation.authority}</td>
              <td className="govuk-table__cell">
                {organisation.canEdit ? (
                  <Link className="govuk-link" to={`/admin/organisations/${organisation.id}`}>
                    Edit<span className="govuk-visually-hidden"> {organisation.name}</span>
                  </Link>
                ) : null}
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
