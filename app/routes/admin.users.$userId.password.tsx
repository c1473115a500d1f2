import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, TextInput } from '#app/components/forms'
import { getUserForActor } from '#app/services/get-user.server'
import { resetUserPassword } from '#app/services/reset-user-password.server'
import { asSubject } from '#models/access/subjects'
import { redirectWithBanner } from '#app/utils/banner.server'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'Reset password - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const user = await getUserForActor({ actor, userId: params.userId ?? '' })
    assertCan(actor, 'resetPassword', asSubject('User', user))
    return json({ user: { id: String(user._id), name: user.name, email: user.email } })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    await resetUserPassword({ actor, userId: params.userId ?? '', input: formToObject(formData) })
    return redirectWithBanner(request, `/admin/users/${params.userId}`, 'The new password has been set')
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function ResetPassword() {
  const { user } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/admin/users/${user.id}`} className="govuk-back-link">
          Back to {user.name}
        </Link>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{user.email}</span>
          Reset {user.name}’s password
        </h1>
        <AppForm>
          <TextInput name="password" label="New password" hint="At least 12 characters" type="password" autoComplete="new-password" error={errors?.password} />
          <TextInput name="confirmPassword" label="Confirm the new password" type="password" autoComplete="new-password" error={errors?.confirmPassword} />
          <button type="submit" className="govuk-button">
            Reset password
          </button>
        </AppForm>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
