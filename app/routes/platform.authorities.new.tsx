import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, keptValue, TextInput } from '#app/components/forms'
import { SignInLinkPanel } from '#app/components/sign-in-link-panel'
import { newAuthorityFromForm } from '#app/schemas/authority'
import { createAuthority } from '#app/services/platform/create-authority.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { requirePlatformAdmin } from '#app/utils/platform-admin.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'Add an authority - SLA Register' }]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    await requirePlatformAdmin(request)
    return json({})
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePlatformAdmin(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const { authority, admin, link, emailed } = await createAuthority({ actor, input: newAuthorityFromForm(formToObject(formData)) })
    // Shown here once, never stored: the page is not redirected away from.
    return json({ ok: true as const, created: { authorityName: authority.name, name: admin.name, email: admin.email, url: link.url, expiresAt: link.expiresAt.toISOString(), emailed } })
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function NewAuthority() {
  const actionData = useActionData<typeof action>()
  const failed = actionData && !actionData.ok ? actionData : undefined
  const created = actionData?.ok ? actionData.created : null
  const errors = failed?.fieldErrors
  const values = failed?.values
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/platform/authorities" className="govuk-back-link">
          Back to authorities
        </Link>
        {created ? (
          <>
            <SignInLinkPanel heading={`${created.authorityName} added`} name={created.name} email={created.email} url={created.url} expiresAt={created.expiresAt} emailed={created.emailed} />
            <p className="govuk-body">
              <Link className="govuk-link" to="/platform/authorities">
                Back to authorities
              </Link>
            </p>
          </>
        ) : (
          <>
            <ErrorSummary errors={errors} />
            <h1 className="govuk-heading-l">Add an authority</h1>
            <p className="govuk-body">The authority’s first administrator gets a one-time link to choose their password, then adds their colleagues, providers and schools.</p>
            <AppForm>
              <TextInput name="name" label="Name of the local authority" hint="For example, Kent County Council" error={errors?.name} defaultValue={keptValue(values, 'name')} />
              <h2 className="govuk-heading-m">First administrator</h2>
              <TextInput name="admin.name" label="Full name" autoComplete="off" error={errors?.['admin.name']} defaultValue={keptValue(values, 'admin.name')} />
              <TextInput name="admin.email" label="Email address" type="email" autoComplete="off" spellCheck={false} error={errors?.['admin.email']} defaultValue={keptValue(values, 'admin.email')} />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Add the authority
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
