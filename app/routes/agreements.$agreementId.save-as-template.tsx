import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { AgreementSubpage } from '#app/components/agreements/agreement-subpage'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, Select, TextInput, Textarea, keptValue } from '#app/components/forms'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { listTemplates } from '#app/services/agreements/list-templates.server'
import { saveAgreementAsTemplate } from '#app/services/agreements/save-agreement-as-template.server'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { asSubject } from '#models/access/subjects'

export const meta: MetaFunction = () => [{ title: 'Save as a template - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    assertCan(actor, 'create', asSubject('AgreementTemplate', { _id: '', authority: agreement.authority }))
    // Only this authority's own templates can take a new version from its agreement.
    const own = (await listTemplates({ actor })).filter((template) => template.source === 'authority' && template.authorityId === String(agreement.authority))
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference, title: agreement.title },
      templates: own.map((template) => ({ value: template.key, label: template.title })),
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  const agreementId = params.agreementId ?? ''
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const saved = await saveAgreementAsTemplate({ actor, input: { ...formToObject(formData), agreementId } })
    const latest = saved.versions.at(-1)?.version ?? 1
    return redirect(`/agreements/${agreementId}?template-saved=${encodeURIComponent(`${saved.title}, version ${latest}`)}`)
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function SaveAsTemplate() {
  const { agreement, templates } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  const values = actionData?.values
  return (
    <AgreementSubpage agreement={agreement} title="Save as a template of your authority">
      <p className="govuk-body">
        The template keeps this agreement’s sections, clauses and their values. Its dates, counterparties and signatories’ names are left out: each new agreement gives its own. Your authority’s commissioners will be offered it under “New agreement”.
      </p>
      <ErrorSummary errors={errors} />
      <AppForm>
        <TextInput name="title" label="Template title" defaultValue={keptValue(values, 'title', agreement.title)} error={errors?.title} spellCheck />
        <Textarea name="description" label="Description (optional)" hint="What the template is for, so a colleague can choose it." rows={3} defaultValue={keptValue(values, 'description')} error={errors?.description} />
        {templates.length > 0 ? (
          <Select
            name="template"
            label="Save as (optional)"
            hint="Choose one of your authority’s templates to save this as its next version. Agreements already drafted from earlier versions keep theirs."
            options={templates}
            placeholder="A new template"
            defaultValue={keptValue(values, 'template')}
            error={errors?.template}
          />
        ) : null}
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Save template
        </button>
      </AppForm>
    </AgreementSubpage>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
