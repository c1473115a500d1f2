import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { AgreementSubpage } from '#app/components/agreements/agreement-subpage'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, Radios, Select, TextInput, keptValue } from '#app/components/forms'
import { addAgreementSection } from '#app/services/agreements/add-agreement-section.server'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { agreementSubject, sectionHeading } from '#app/services/agreements/for-routes.server'

export const meta: MetaFunction = () => [{ title: 'Add a section - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    assertCan(actor, 'update', agreementSubject(agreement))
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference },
      positions: [
        { value: '', label: 'Where it usually goes (a section after the last numbered one, a schedule or appendix at the end)' },
        { value: '0', label: 'At the start' },
        ...agreement.content.sections.map((section, index) => ({ value: String(index + 1), label: `After “${sectionHeading(section)}”` })),
      ],
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  const agreementId = params.agreementId ?? ''
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const { sectionId } = await addAgreementSection({ actor, agreementId, input: formToObject(formData) })
    return redirect(`/agreements/${agreementId}#section-${sectionId}`)
  } catch (error) {
    return formFailure(error, formData)
  }
}

const KINDS = [
  { value: 'section', label: 'A section of the agreement' },
  { value: 'schedule', label: 'A schedule' },
  { value: 'appendix', label: 'An appendix' },
] as const

export default function AddSection() {
  const { agreement, positions } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  const values = actionData?.values
  return (
    <AgreementSubpage agreement={agreement} title="Add a section, schedule or appendix">
      <ErrorSummary errors={errors} />
      <AppForm>
        <TextInput name="heading" label="Heading" hint="For example, Termination, or Charges for schedule." defaultValue={keptValue(values, 'heading')} error={errors?.heading} spellCheck />
        <Radios name="kind" legend="What it is" hint="Schedules and appendices start on a new page and are numbered apart from the sections." options={KINDS} defaultValue={keptValue(values, 'kind', 'section')} error={errors?.kind} />
        <Select name="position" label="Where it goes" hint="Sections numbered 1, 2, 3 are renumbered around it, with their clauses and the references to them." options={positions} defaultValue={keptValue(values, 'position')} error={errors?.position} />
        <TextInput name="number" label="Number (optional)" hint="Only where this agreement’s sections are numbered by hand; a numbered sequence numbers it for you." defaultValue={keptValue(values, 'number')} error={errors?.number} width="5" />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Add
        </button>
      </AppForm>
    </AgreementSubpage>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
