import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ClauseEditor, type TClauseEditorValues } from '#app/components/agreements/clause-editor'
import { readClauseForm } from '#app/components/agreements/clause-shape'
import { clauseAnchor } from '#app/components/agreements/problem-links'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { Select } from '#app/components/forms'
import { addAgreementClause } from '#app/services/agreements/add-agreement-clause.server'
import { describeClauseKind } from '#app/services/agreements/describe-clause-kind.server'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { isAppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { asErrorResponse, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { agreementSubject, clauseKinds, renderContextOf, sectionHeading } from '#app/services/agreements/for-routes.server'
import { clauseOptionName } from '#app/services/agreements/clause-option-name.server'

export const meta: MetaFunction = () => [{ title: 'Add a clause - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    assertCan(actor, 'update', agreementSubject(agreement))
    const url = new URL(request.url)
    const sections = agreement.content.sections.map((section) => ({ value: section.id, label: sectionHeading(section) }))
    const sectionId = url.searchParams.get('section') ?? ''
    const kind = describeClauseKind(url.searchParams.get('kind') ?? '')
    const chosenSection = sections.find((section) => section.value === sectionId)
    const context = renderContextOf(agreement)
    const clausesOfChosen = agreement.content.sections.find((section) => section.id === sectionId)?.clauses ?? []
    return json({
      // "After 2.1 Notice" (or "After 1.1 This Agreement commences on…") for each clause of the section, so the new one can go anywhere in it.
      positions: [
        { value: '', label: 'At the end of the section' },
        ...(clausesOfChosen.length > 0 ? [{ value: '0', label: 'At the start of the section' }] : []),
        ...clausesOfChosen.slice(0, -1).map((clause, index) => ({ value: String(index + 1), label: `After ${clauseOptionName(clause, context)}` })),
      ],
      sectionId,
      agreement: { id: String(agreement._id), reference: agreement.reference },
      sections,
      kinds: clauseKinds.map((definition) => ({ value: definition.kind, label: `${definition.label}: ${definition.description}` })),
      chosen: kind && chosenSection ? { kind, section: chosenSection } : null,
      asked: url.searchParams.has('kind'),
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const agreementId = params.agreementId ?? ''
  try {
    const actor = await requireUser(request)
    const formData = await readCheckedForm(request)
    const form = formToObject(formData)
    const kind = describeClauseKind(String(form.kind ?? ''))
    if (!kind) return json({ values: { params: {} }, fieldErrors: { kind: 'Choose a kind of clause' } as Record<string, string> }, { status: 400 })
    const { rowIntent, input } = readClauseForm(kind.shape, form)
    const kept = { ...input, position: String(form.position ?? '') }
    if (rowIntent) return json({ values: kept, fieldErrors: {} as Record<string, string> })
    try {
      const { clauseId } = await addAgreementClause({ actor, agreementId, input: { ...input, sectionId: form.sectionId, kind: form.kind, position: form.position } })
      return redirectWithBanner(request, `/agreements/${agreementId}#${clauseAnchor(clauseId)}`, 'The clause has been added')
    } catch (error) {
      if (isAppError(error) && error.code === 'validation') return json({ values: kept, fieldErrors: error.fieldErrors }, { status: 400 })
      throw error
    }
  } catch (error) {
    throw asErrorResponse(error)
  }
}

export default function AddClause() {
  const { agreement, sections, kinds, chosen, asked, positions, sectionId } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/agreements/${agreement.id}`} className="govuk-back-link">
          Back to {agreement.reference}
        </Link>
        <span className="govuk-caption-l">{agreement.reference}</span>
        <h1 className="govuk-heading-l">Add a clause</h1>
        {chosen ? (
          <>
            <p className="govuk-body">
              A {chosen.kind.label.toLowerCase()} clause in “{chosen.section.label}”.{' '}
              <Link className="govuk-link" to={`/agreements/${agreement.id}/clauses/new`}>
                Choose another kind or section
              </Link>
            </p>
            <ClauseEditor shape={chosen.kind.shape} labels={chosen.kind.labels} values={(actionData?.values as TClauseEditorValues | undefined) ?? { params: {} }} errors={actionData?.fieldErrors ?? {}} submitLabel="Add clause">
              <input type="hidden" name="sectionId" value={chosen.section.value} />
              <input type="hidden" name="kind" value={chosen.kind.kind} />
              <Select name="position" label="Where in the section" options={positions} defaultValue={String((actionData?.values as { position?: string } | undefined)?.position ?? '')} error={actionData?.fieldErrors?.position} />
            </ClauseEditor>
          </>
        ) : (
          <Form method="get">
            {asked ? (
              <p className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> Choose a section and a kind of clause
              </p>
            ) : null}
            <Select name="section" label="Section" options={sections} placeholder="Choose a section" defaultValue={sectionId} />
            <Select name="kind" label="Kind of clause" options={kinds} placeholder="Choose a kind of clause" />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </Form>
        )}
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
