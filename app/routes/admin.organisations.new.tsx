import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { ErrorSummary } from '#app/components/forms'
import { OrganisationForm } from '#app/components/organisation-form'
import { organisationFromForm } from '#app/schemas/organisation'
import { createOrganisation } from '#app/services/create-organisation.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { requireUser } from '#app/utils/auth.server'
import { authorityOptions } from '#app/utils/authorities.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { requireAbility } from '#app/utils/permissions.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'Add an organisation - SLA Register' }]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireAbility(request, 'create', 'Organisation')
    const authorities = await authorityOptions(actor)
    // An authority administrator adds organisations to their own authority, so it is chosen for them.
    const defaultAuthority = actor.isPlatformAdmin ? '' : (authorities[0]?.id ?? '')
    return json({ authorities, defaultAuthority })
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    await createOrganisation({ actor, input: organisationFromForm(formToObject(formData)) })
    return redirectWithBanner(request, '/admin/organisations', 'The organisation has been added')
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function NewOrganisation() {
  const { authorities, defaultAuthority } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/admin/organisations" className="govuk-back-link">
          Back to organisations
        </Link>
        <ErrorSummary errors={actionData?.fieldErrors} />
        <h1 className="govuk-heading-l">Add an organisation</h1>
        <OrganisationForm
          authorities={authorities}
          defaults={{ name: '', kind: '', parentAuthority: defaultAuthority, address: { lines: [], town: '', postcode: '', email: '' } }}
          errors={actionData?.fieldErrors}
          values={actionData?.values}
          submitLabel="Add organisation"
        />
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
