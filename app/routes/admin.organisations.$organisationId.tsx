import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { ErrorSummary } from '#app/components/forms'
import { OrganisationForm } from '#app/components/organisation-form'
import { organisationFromForm } from '#app/schemas/organisation'
import { getOrganisationForActor } from '#app/services/get-organisation.server'
import { updateOrganisation } from '#app/services/update-organisation.server'
import { asSubject } from '#models/access/subjects'
import { redirectWithBanner } from '#app/utils/banner.server'
import { requireUser } from '#app/utils/auth.server'
import { authorityOptions } from '#app/utils/authorities.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'Edit organisation - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const organisation = await getOrganisationForActor({ actor, organisationId: params.organisationId ?? '' })
    assertCan(actor, 'update', asSubject('Organisation', organisation))
    return json({
      authorities: await authorityOptions(actor),
      organisation: {
        name: organisation.name,
        kind: organisation.kind,
        parentAuthority: organisation.parentAuthority ? String(organisation.parentAuthority) : '',
        address: {
          lines: organisation.address?.lines ?? [],
          town: organisation.address?.town ?? '',
          postcode: organisation.address?.postcode ?? '',
          email: organisation.address?.email ?? '',
        },
      },
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const organisationId = params.organisationId ?? ''
    await updateOrganisation({ actor, organisationId, input: organisationFromForm(formToObject(formData)) })
    return redirectWithBanner(request, '/admin/organisations', 'The organisation has been saved')
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function EditOrganisation() {
  const { authorities, organisation } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/admin/organisations" className="govuk-back-link">
          Back to organisations
        </Link>
        <ErrorSummary errors={actionData?.fieldErrors} />
        <h1 className="govuk-heading-l">Edit {organisation.name}</h1>
        <OrganisationForm
          authorities={authorities}
          defaults={organisation}
          errors={actionData?.fieldErrors}
          values={actionData?.values}
          submitLabel="Save changes"
        />
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
