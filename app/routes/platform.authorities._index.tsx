import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm } from '#app/components/forms'
import { SignInLinkPanel } from '#app/components/sign-in-link-panel'
import { listAuthorities } from '#app/services/platform/list-authorities.server'
import { reissueAdminSignInLink } from '#app/services/platform/reissue-admin-sign-in-link.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formatDate } from '#app/utils/dates'
import { requirePlatformAdmin } from '#app/utils/platform-admin.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'

export const meta: MetaFunction = () => [{ title: 'Authorities - SLA Register' }]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requirePlatformAdmin(request)
    return json({ authorities: await listAuthorities({ actor }) })
  })
}

/** A new first sign-in link for an administrator who has not chosen a password yet. */
export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePlatformAdmin(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const { admin, link, emailed } = await reissueAdminSignInLink({ actor, userId: String(formData.get('userId') ?? '') })
    return json({ ok: true as const, reissued: { ...admin, url: link.url, expiresAt: link.expiresAt.toISOString(), emailed } })
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function Authorities() {
  const { authorities } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const reissued = actionData?.ok ? actionData.reissued : null
  return (
    <>
      <h1 className="govuk-heading-l">Authorities</h1>
      <p className="govuk-body">
        The local authorities using this service. You add an authority with its first administrator, who then adds everyone else. You do not see any authority’s agreements, people or audit trail.
      </p>
      {reissued ? <SignInLinkPanel heading={`New sign-in link for ${reissued.name}`} name={reissued.name} email={reissued.email} url={reissued.url} expiresAt={reissued.expiresAt} emailed={reissued.emailed} /> : null}
      <Link to="/platform/authorities/new" className="govuk-button">
        Add an authority
      </Link>
      {authorities.length === 0 ? (
        <p className="govuk-body">No authorities yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{authorities.length === 1 ? '1 authority' : `${authorities.length} authorities`}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Authority</th>
              <th scope="col" className="govuk-table__header">Added</th>
              <th scope="col" className="govuk-table__header">Administrators</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {authorities.map((authority) => (
              <tr className="govuk-table__row" key={authority.id}>
                <td className="govuk-table__cell">{authority.name}</td>
                <td className="govuk-table__cell">{authority.createdAt ? formatDate(authority.createdAt) : ''}</td>
                <td className="govuk-table__cell">
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {authority.admins.map((admin) => (
                      <li key={admin.id}>
                        {admin.name} ({admin.email}){admin.deactivated ? ', deactivated' : ''}
                        {!admin.hasPassword && !admin.deactivated ? (
                          <AppForm className="app-inline-form">
                            <input type="hidden" name="userId" value={admin.id} />
                            <span className="govuk-body-s"> has not chosen a password yet. </span>
                            <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
                              New sign-in link<span className="govuk-visually-hidden"> for {admin.name}</span>
                            </button>
                          </AppForm>
                        ) : null}
                      </li>
                    ))}
                  </ul>
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
