import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { AgreementSubpage } from '#app/components/agreements/agreement-subpage'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, TextInput, keptValue } from '#app/components/forms'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { renameAgreementSection } from '#app/services/agreements/rename-agreement-section.server'
import { AppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { agreementSubject, sectionHeading } from '#app/services/agreements/for-routes.server'

export const meta: MetaFunction = () => [{ title: 'Rename a section - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    assertCan(actor, 'update', agreementSubject(agreement))
    const section = agreement.content.sections.find((candidate) => candidate.id === params.sectionId)
    if (!section) throw new AppError('not_found', { message: 'Section not found in this agreement' })
    return json({ agreement: { id: String(agreement._id), reference: agreement.reference }, section: { id: section.id, heading: section.heading, title: sectionHeading(section) } })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  const agreementId = params.agreementId ?? ''
  const sectionId = params.sectionId ?? ''
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    await renameAgreementSection({ actor, agreementId, sectionId, input: formToObject(formData) })
    return redirect(`/agreements/${agreementId}#section-${sectionId}`)
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function RenameSection() {
  const { agreement, section } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  return (
    <AgreementSubpage agreement={agreement} title={`Rename “${section.title}”`}>
      <ErrorSummary errors={errors} />
      <AppForm>
        <TextInput name="heading" label="Heading" defaultValue={keptValue(actionData?.values, 'heading', section.heading)} error={errors?.heading} spellCheck />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Save heading
        </button>
      </AppForm>
    </AgreementSubpage>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
