import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, fieldId, keptValue, Select, TextInput } from '#app/components/forms'
import { userUpdateFromForm } from '#app/schemas/user'
import { getUserForActor } from '#app/services/get-user.server'
import { setUserActive } from '#app/services/set-user-active.server'
import { updateUser } from '#app/services/update-user.server'
import { formatDateTime } from '#app/utils/dates'
import { asSubject } from '#models/access/subjects'
import { redirectWithBanner } from '#app/utils/banner.server'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { membershipOptions } from '#app/utils/membership-options.server'
import { assertCan } from '#app/utils/permissions.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'Edit user - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const user = await getUserForActor({ actor, userId: params.userId ?? '' })
    assertCan(actor, 'update', asSubject('User', user))
    return json({
      user: {
        id: String(user._id),
        name: user.name,
        email: user.email,
        memberships: user.memberships.map((membership) => ({
          organisation: String(membership.organisation),
          role: membership.role,
        })),
      },
      canResetPassword: actor.ability.can('resetPassword', asSubject('User', user)),
      deactivatedAt: user.deactivatedAt ? user.deactivatedAt.toISOString() : null,
      isSelf: String(user._id) === actor.id,
      ...(await membershipOptions(actor)),
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const userId = params.userId ?? ''
    const intent = formData.get('intent')
    if (intent === 'deactivate' || intent === 'reactivate') {
      await setUserActive({ actor, userId, active: intent === 'reactivate' })
      return redirectWithBanner(request, `/admin/users/${userId}`, intent === 'reactivate' ? 'The user has been reactivated' : 'The user has been deactivated')
    }
    await updateUser({ actor, userId, input: userUpdateFromForm(formToObject(formData)) })
    return redirectWithBanner(request, '/admin/users', 'The user’s details and roles have been saved')
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function EditUser() {
  const { user, canResetPassword, deactivatedAt, isSelf, organisations, roles } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  const values = actionData?.values
  // One spare blank row lets an administrator add a role without JavaScript.
  const rows = [...user.memberships, { organisation: '', role: '' }]
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/admin/users" className="govuk-back-link">
          Back to users
        </Link>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{user.email}</span>
          Edit {user.name}
        </h1>
        <AppForm>
          <TextInput name="name" label="Full name" error={errors?.name} defaultValue={values ? keptValue(values, 'name') : user.name} />
          <div className={`govuk-form-group${errors?.memberships ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby={errors?.memberships ? 'memberships-error' : undefined} id={fieldId('memberships')} tabIndex={-1}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Roles</legend>
              {errors?.memberships ? (
                <p id="memberships-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errors.memberships}
                </p>
              ) : null}
              {rows.map((membership, index) => {
                const isSpare = index === user.memberships.length
                const prefix = `memberships.${index}`
                return (
                  <div key={prefix} className="govuk-!-margin-bottom-6">
                    <h2 className="govuk-heading-s">{isSpare ? 'Add a role' : `Role ${index + 1}`}</h2>
                    <Select
                      name={`${prefix}.organisation`}
                      label="Organisation"
                      placeholder="Select an organisation"
                      options={organisations}
                      error={errors?.[`${prefix}.organisation`]}
                      defaultValue={values ? keptValue(values, `${prefix}.organisation`) : membership.organisation}
                    />
                    <Select
                      name={`${prefix}.role`}
                      label="Role"
                      placeholder="Select a role"
                      options={roles}
                      error={errors?.[`${prefix}.role`]}
                      defaultValue={values ? keptValue(values, `${prefix}.role`) : membership.role}
                    />
                    {isSpare ? null : (
                      <div className="govuk-checkboxes govuk-checkboxes--small">
                        <div className="govuk-checkboxes__item">
                          <input className="govuk-checkboxes__input" id={fieldId(`${prefix}.remove`)} name={`${prefix}.remove`} type="checkbox" value="yes" />
                          <label className="govuk-label govuk-checkboxes__label" htmlFor={fieldId(`${prefix}.remove`)}>
                            Remove this role
                          </label>
                        </div>
                      </div>
                    )}
                  </div>
                )
              })}
            </fieldset>
          </div>
          <button type="submit" className="govuk-button">
            Save changes
          </button>
        </AppForm>
        {canResetPassword ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/admin/users/${user.id}/password`}>
              Reset {user.name}’s password
            </Link>
          </p>
        ) : null}
        <h2 className="govuk-heading-m">Access</h2>
        {deactivatedAt ? (
          <>
            <p className="govuk-body">
              <strong className="govuk-tag govuk-tag--grey">Deactivated</strong> {formatDateTime(deactivatedAt)}. {user.name} cannot sign in or use an API token.
            </p>
            <AppForm>
              <input type="hidden" name="intent" value="reactivate" />
              <button type="submit" className="govuk-button govuk-button--secondary">
                Reactivate {user.name}
              </button>
            </AppForm>
          </>
        ) : isSelf ? (
          <p className="govuk-body">You cannot deactivate your own account; another administrator can.</p>
        ) : (
          <>
            <p className="govuk-body">Someone who has left can be deactivated: they are signed out everywhere, cannot sign in or use their API tokens, and what they did stays in the audit trail.</p>
            <AppForm>
              <input type="hidden" name="intent" value="deactivate" />
              <button type="submit" className="govuk-button govuk-button--warning">
                Deactivate {user.name}
              </button>
            </AppForm>
          </>
        )}
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
