import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { listUsers } from '#app/services/get-user.server'
import { listOrganisations } from '#app/services/list-organisations.server'
import { asSubject } from '#models/access/subjects'
import { requireAbility } from '#app/utils/permissions.server'
import { ROLE_LABELS } from '#models/access/roles'
import { withPageErrors } from '#app/utils/route-errors.server'

export const meta: MetaFunction = () => [{ title: 'Users - SLA Register' }]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireAbility(request, 'create', 'User')
    const [users, organisations] = await Promise.all([listUsers({ actor }), listOrganisations({ actor })])
    const names = new Map(organisations.map((organisation) => [String(organisation._id), organisation.name]))
    return json({
      users: users.map((user) => ({
        id: String(user._id),
        name: user.name,
        email: user.email,
        roles: user.memberships
          .filter((membership) => names.has(String(membership.organisation)))
          .map((membership) => `${ROLE_LABELS[membership.role]}, ${names.get(String(membership.organisation))}`),
        canEdit: actor.ability.can('update', asSubject('User', user)),
        deactivated: Boolean(user.deactivatedAt),
      })),
    })
  })
}

export default function Users() {
  const { users } = useLoaderData<typeof loader>()
  return (
    <>
      <h1 className="govuk-heading-l">Users</h1>
      <Link to="/admin/users/new" className="govuk-button">
        Add a user
      </Link>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">People and their roles</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Name</th>
            <th scope="col" className="govuk-table__header">Email address</th>
            <th scope="col" className="govuk-table__header">Roles</th>
            <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {users.map((user) => (
            <tr className="govuk-table__row" key={user.id}>
              <td className="govuk-table__cell">
                {user.name}
                {user.deactivated ? (
                  <>
                    {' '}
                    <strong className="govuk-tag govuk-tag--grey">Deactivated</strong>
                  </>
                ) : null}
              </td>
              <td className="govuk-table__cell">{user.email}</td>
              <td className="govuk-table__cell">
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {user.roles.map((role) => (
                    <li key={role}>{role}</li>
                  ))}
                </ul>
              </td>
              <td className="govuk-table__cell">
                {user.canEdit ? (
                  <Link className="govuk-link" to={`/admin/users/${user.id}`}>
                    Edit<span className="govuk-visually-hidden"> {user.name}</span>
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
