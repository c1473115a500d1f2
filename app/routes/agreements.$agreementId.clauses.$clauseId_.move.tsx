import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { AgreementSubpage } from '#app/components/agreements/agreement-subpage'
import { clauseAnchor } from '#app/components/agreements/problem-links'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, FieldShell, describedBy } from '#app/components/forms'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { moveAgreementClause } from '#app/services/agreements/move-agreement-clause.server'
import { requireUser } from '#app/utils/auth.server'
import { AppError } from '#app/utils/app-error'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { agreementSubject, findClause, renderContextOf, sectionHeading } from '#app/services/agreements/for-routes.server'
import { clauseOptionName } from '#app/services/agreements/clause-option-name.server'
import type { ClauseInstance } from '#clauses/agreement-content'

export const meta: MetaFunction = () => [{ title: 'Move a clause - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    assertCan(actor, 'update', agreementSubject(agreement))
    const located = findClause(agreement.content, params.clauseId ?? '')
    if (!located) throw new AppError('not_found', { message: 'Clause not found in this agreement' })
    const context = renderContextOf(agreement)
    const name = (clause: ClauseInstance) => clauseOptionName(clause, context)
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference },
      clause: { id: located.clause.id, name: name(located.clause) },
      // Every place it can go, section by section: "sectionId:position" counted without the clause itself.
      groups: agreement.content.sections.map((section) => {
        const others = section.clauses.filter((clause) => clause.id !== located.clause.id)
        return {
          label: sectionHeading(section),
          options: [
            { value: `${section.id}:0`, label: others.length > 0 ? `At the start of “${sectionHeading(section)}”` : `Into “${sectionHeading(section)}”` },
            ...others.map((clause, index) => ({ value: `${section.id}:${index + 1}`, label: `After ${name(clause)}` })),
          ],
        }
      }),
      current: `${located.section.id}:${located.clauseIndex}`,
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  const agreementId = params.agreementId ?? ''
  const clauseId = params.clauseId ?? ''
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const [sectionId, position] = String(formToObject(formData).to ?? '').split(':')
    if (!sectionId || position === undefined) throw new AppError('validation', { message: 'Choose where to move the clause to', details: { fields: { to: 'Choose where to move the clause to' } } })
    await moveAgreementClause({ actor, agreementId, clauseId, input: { sectionId, position } })
    return redirect(`/agreements/${agreementId}#${clauseAnchor(clauseId)}`)
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function MoveClause() {
  const { agreement, clause, groups, current } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  const error = errors?.to ?? errors?.position ?? errors?.sectionId
  return (
    <AgreementSubpage agreement={agreement} title={`Move ${clause.name}`}>
      <ErrorSummary errors={error ? { to: error } : undefined} />
      <AppForm>
        <FieldShell name="to" label="Move it to" hint="Numbering is kept: clauses numbered in sequence are renumbered, and references to them in other clauses follow." error={error}>
          <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id="to" name="to" defaultValue={current} aria-describedby={describedBy({ name: 'to', hint: 'hint', error })}>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </FieldShell>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Move clause
        </button>
      </AppForm>
    </AgreementSubpage>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
