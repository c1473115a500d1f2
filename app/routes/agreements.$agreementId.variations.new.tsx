import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ClauseEditor, type TClauseEditorValues } from '#app/components/agreements/clause-editor'
import { readClauseForm } from '#app/components/agreements/clause-shape'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { Select, Textarea } from '#app/components/forms'
import { describeClauseKind } from '#app/services/agreements/describe-clause-kind.server'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { proposeVariation } from '#app/services/agreements/propose-variation.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { AppError, isAppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { asErrorResponse, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { agreementSubject, findClause } from '#app/services/agreements/for-routes.server'
import { clauseLabel } from '#app/services/agreements/clause-label.server'

export const meta: MetaFunction = () => [{ title: 'Propose a variation - SLA Register' }]

async function loadVariationContext(request: Request, agreementId: string, clauseId: string) {
  const actor = await requireUser(request)
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'vary', agreementSubject(agreement))
  const located = clauseId ? findClause(agreement.content, clauseId) : undefined
  const kind = located ? describeClauseKind(located.clause.kind) : undefined
  return { actor, agreement, located, kind }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const clauseId = new URL(request.url).searchParams.get('clause') ?? ''
    const { agreement, located, kind } = await loadVariationContext(request, params.agreementId ?? '', clauseId)
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference, version: agreement.version },
      clauses: agreement.content.sections.flatMap((section) =>
        section.clauses.map((clause) => ({ value: clause.id, label: `${section.heading}: ${clauseLabel(clause, agreement.content.details)}` })),
      ),
      chosen:
        located && kind
          ? { id: located.clause.id, name: clauseLabel(located.clause, agreement.content.details), kind, values: { params: located.clause.params as unknown, heading: located.clause.heading, number: located.clause.number, text: located.clause.text } }
          : null,
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const agreementId = params.agreementId ?? ''
  try {
    const clauseId = new URL(request.url).searchParams.get('clause') ?? ''
    const { actor, kind } = await loadVariationContext(request, agreementId, clauseId)
    if (!kind) throw new AppError('not_found', { message: 'Clause not found in this agreement' })
    const form = formToObject(await readCheckedForm(request))
    const { rowIntent, input } = readClauseForm(kind.shape, form)
    const summary = String(form.summary ?? '')
    if (rowIntent) return json({ values: input, summary, fieldErrors: {} as Record<string, string> })
    try {
      const { variationId } = await proposeVariation({ actor, agreementId, input: { summary, changes: [{ ...input, clauseId }] } })
      return redirectWithBanner(request, `/agreements/${agreementId}/variations/${variationId}`, 'The variation has been proposed')
    } catch (error) {
      if (!isAppError(error) || error.code !== 'validation') throw error
      // The service names fields of its first (only) change; the form names them from the clause.
      const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors).map(([path, message]) => [path.replace(/^changes\.0\./, ''), message]))
      return json({ values: input, summary, fieldErrors }, { status: 400 })
    }
  } catch (error) {
    throw asErrorResponse(error)
  }
}

export default function ProposeVariation() {
  const { agreement, clauses, chosen } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors ?? {}
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/agreements/${agreement.id}`} className="govuk-back-link">
          Back to {agreement.reference}
        </Link>
        <span className="govuk-caption-l">
          {agreement.reference}, version {agreement.version}
        </span>
        <h1 className="govuk-heading-l">Propose a variation</h1>
        {chosen ? (
          <>
            <p className="govuk-body">
              Change the values of {chosen.name}. The variation takes effect only once every party has agreed it in writing.{' '}
              <Link className="govuk-link" to={`/agreements/${agreement.id}/variations/new`}>
                Vary a different clause
              </Link>
            </p>
            <ClauseEditor
              shape={chosen.kind.shape}
              labels={chosen.kind.labels}
              values={((actionData?.values ?? chosen.values) as TClauseEditorValues)}
              errors={errors}
              submitLabel="Propose variation"
            >
              <Textarea name="summary" label="What the variation does and why" rows={3} defaultValue={actionData?.summary ?? ''} error={errors.summary} />
            </ClauseEditor>
          </>
        ) : (
          <Form method="get">
            <Select name="clause" label="Clause to vary" options={clauses} placeholder="Choose a clause" />
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
