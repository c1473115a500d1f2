import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useSearchParams } from '@remix-run/react'
import { AppForm, ErrorSummary, keptValue, TextInput } from '#app/components/forms'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { ZSignInSchema } from '#app/schemas/sign-in'
import { signIn } from '#app/services/sign-in.server'
import { requireAnonymous } from '#app/utils/auth.server'
import { safeRedirect } from '#app/utils/safe-redirect'
import { checkCsrf } from '#app/utils/csrf.server'
import { readForm } from '#app/utils/request-body.server'
import { clientAddress } from '#app/utils/request.server'
import { formFailure } from '#app/utils/route-errors.server'
import { commitSession, getSession } from '#app/utils/session.server'
import { formToObject, parseWith } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'Sign in - SLA Register' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  return json({})
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request)
  let formData: FormData | undefined
  try {
    formData = await readForm(request)
    checkCsrf(session, formData)
    const { email, password, redirectTo } = parseWith(ZSignInSchema, formToObject(formData))
    const actor = await signIn({ email, password, address: clientAddress(request), session })
    // The platform administrator has no authority home page; their work is the list of authorities.
    const home = actor.isPlatformAdmin ? '/platform/authorities' : '/'
    const target = safeRedirect(redirectTo, home)
    return redirect(target === '/' ? home : target, { headers: { 'Set-Cookie': await commitSession(session) } })
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function SignIn() {
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const errors = actionData?.fieldErrors
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">Sign in with the email address and password your administrator gave you.</p>
        <AppForm>
          <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? '/'} />
          <TextInput
            name="email"
            label="Email address"
            type="email"
            autoComplete="email"
            error={errors?.email}
            defaultValue={keptValue(actionData?.values, 'email')}
          />
          <TextInput name="password" label="Password" type="password" autoComplete="current-password" error={errors?.password} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Sign in
          </button>
        </AppForm>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
