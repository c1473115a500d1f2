import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, keptValue, Select, TextInput } from '#app/components/forms'
import { createUser } from '#app/services/create-user.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { membershipOptions } from '#app/utils/membership-options.server'
import { requireAbility } from '#app/utils/permissions.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'Add a user - SLA Register' }]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireAbility(request, 'create', 'User')
    return json(await membershipOptions(actor))
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const values = formToObject(formData)
    await createUser({ actor, input: { ...values, role: values.role || undefined } })
    return redirectWithBanner(request, '/admin/users', 'The user has been added')
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function NewUser() {
  const { organisations, roles } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  const values = actionData?.values
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/admin/users" className="govuk-back-link">
          Back to users
        </Link>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Add a user</h1>
        <AppForm>
          <TextInput name="name" label="Full name" autoComplete="off" error={errors?.name} defaultValue={keptValue(values, 'name')} />
          <TextInput name="email" label="Email address" type="email" autoComplete="off" error={errors?.email} defaultValue={keptValue(values, 'email')} />
          <Select
            name="organisation"
            label="Organisation"
            placeholder="Select an organisation"
            options={organisations}
            error={errors?.organisation}
            defaultValue={keptValue(values, 'organisation')}
          />
          <Select name="role" label="Role" placeholder="Select a role" options={roles} error={errors?.role} defaultValue={keptValue(values, 'role')} />
          <TextInput
            name="password"
            label="Initial password"
            hint="At least 12 characters. Give it to the person in a safe way; they can sign in with it straight away."
            type="password"
            autoComplete="new-password"
            error={errors?.password}
          />
          <button type="submit" className="govuk-button">
            Add user
          </button>
        </AppForm>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
