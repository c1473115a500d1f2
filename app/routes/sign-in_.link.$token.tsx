import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, TextInput } from '#app/components/forms'
import { getSignInLink, redeemSignInLink } from '#app/services/platform/redeem-sign-in-link.server'
import { checkCsrf } from '#app/utils/csrf.server'
import { formatDateTime } from '#app/utils/dates'
import { readForm } from '#app/utils/request-body.server'
import { clientAddress } from '#app/utils/request.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { commitSession, getSession } from '#app/utils/session.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'Choose your password - SLA Register' }, { name: 'robots', content: 'noindex' }]

/** Public: opening the link changes nothing (mail scanners open links too); choosing the password spends it. */
export async function loader({ params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const { user, expiresAt } = await getSignInLink({ token: params.token ?? '' })
    return json({ name: user.name, email: user.email, expiresAt: expiresAt.toISOString() })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await getSession(request)
  let formData: FormData | undefined
  try {
    formData = await readForm(request)
    checkCsrf(session, formData)
    const user = await redeemSignInLink({ token: params.token ?? '', input: formToObject(formData), session, address: clientAddress(request) })
    const home = user.isPlatformAdmin ? '/platform/authorities' : '/'
    return redirect(home, { headers: { 'Set-Cookie': await commitSession(session) } })
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function ChoosePassword() {
  const { name, email, expiresAt } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{email}</span>
          Choose your password, {name}
        </h1>
        <p className="govuk-body">This link works once, until {formatDateTime(expiresAt)}. You will be signed in once your password is set.</p>
        <AppForm>
          <TextInput
            name="password"
            label="New password"
            hint="At least 12 characters. A long password is a strong one: three or four random words work well. Avoid common passwords and anything about you or this service."
            type="password"
            autoComplete="new-password"
            error={errors?.password}
          />
          <TextInput name="confirmPassword" label="Confirm the new password" type="password" autoComplete="new-password" error={errors?.confirmPassword} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Set password and sign in
          </button>
        </AppForm>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
