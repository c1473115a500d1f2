import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { ClauseWordingNotes } from '#app/components/agreements/clause-wording-tags'
import { clauseAnchor } from '#app/components/agreements/problem-links'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, Textarea } from '#app/components/forms'
import { acceptWordingDifference } from '#app/services/agreements/accept-wording-difference.server'
import { describeAgreementWording } from '#app/services/agreements/describe-agreement-wording.server'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { listAgreementActions } from '#app/services/agreements/list-agreement-actions.server'
import { summariseClauseValues } from '#app/services/agreements/summarise-clause-values.server'
import { AppError, isAppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formatDateTime } from '#app/utils/dates'
import { asErrorResponse, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { findClause, getClauseKind } from '#app/services/agreements/for-routes.server'

export const meta: MetaFunction = () => [{ title: 'Wording and terms of a clause - SLA Register' }]

/** One clause's words as printed beside what its values mean, with any difference between them,
 * and for legal the way to accept a difference with a comment (decision record 006). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    const located = findClause(agreement.content, params.clauseId ?? '')
    if (!located) throw new AppError('not_found', { message: 'Clause not found in this agreement' })
    const { clause } = located
    const wording = describeAgreementWording(agreement).clauses.get(clause.id)
    const actions = listAgreementActions({ actor, agreement })
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference },
      clause: { id: clause.id, name: [clause.number, clause.heading].filter(Boolean).join(' ') || getClauseKind(clause.kind)?.label || clause.kind, section: located.section.heading },
      wording,
      values: summariseClauseValues(clause.kind, clause.params),
      acceptances: (agreement.review.wordingAcceptances ?? [])
        .filter((acceptance) => acceptance.clauseId === clause.id)
        .map((acceptance) => ({ id: String(acceptance._id), by: acceptance.byName, at: acceptance.at.toISOString(), comment: acceptance.comment, differences: acceptance.differences })),
      canAccept: actions.canAcceptWording && Boolean(wording?.differsFromTerms) && !wording?.accepted,
      canEdit: actions.canEdit,
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const agreementId = params.agreementId ?? ''
  const clauseId = params.clauseId ?? ''
  const actor = await requireUser(request)
  let values: Record<string, string | string[]> = {}
  try {
    values = formToObject(await readCheckedForm(request))
    await acceptWordingDifference({ actor, agreementId, clauseId, input: values })
    return redirect(`/agreements/${agreementId}/clauses/${encodeURIComponent(clauseId)}/wording`)
  } catch (error) {
    if (!isAppError(error) || error.code !== 'validation') throw asErrorResponse(error)
    return json({ fieldErrors: error.fieldErrors, values }, { status: 400 })
  }
}

export default function ClauseWording() {
  const { agreement, clause, wording, values, acceptances, canAccept, canEdit } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors ?? {}
  const base = `/agreements/${agreement.id}`
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`${base}#${clauseAnchor(clause.id)}`} className="govuk-back-link">
          Back to {agreement.reference}
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">
          {agreement.reference}: {clause.section}
        </span>
        <h1 className="govuk-heading-l">Wording and terms of {clause.name}</h1>
        <h2 className="govuk-heading-m">The wording, as the agreement prints it</h2>
        <div className="govuk-inset-text">
          {(wording?.text ?? '').split(/\n\s*\n/).map((paragraph, index) => (
            <p className="govuk-body" key={index}>
              {paragraph}
            </p>
          ))}
        </div>
        <p className="govuk-body">
          {wording?.source === 'generated'
            ? 'These words are written from the clause’s values, so they always say what the values mean.'
            : wording?.source === 'template'
              ? 'These are the clause’s own words with its values filled in where the values go; any figure written into the words themselves is compared with the values.'
              : 'These are hand-written words with no values filled in: every figure in them is compared with the values.'}
        </p>
        <h2 className="govuk-heading-m">What the values say</h2>
        {values.length > 0 ? (
          <dl className="govuk-summary-list">
            {values.map((line, index) => (
              <div className="govuk-summary-list__row" key={index}>
                <dt className="govuk-summary-list__key">{line.label}</dt>
                <dd className="govuk-summary-list__value">{line.value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="govuk-body">This clause has no values.</p>
        )}
        {wording?.differsFromTerms || wording?.proposals.length || wording?.corrections.length ? (
          <ClauseWordingNotes wording={wording} wordingHref={`${base}/clauses/${encodeURIComponent(clause.id)}/wording`} />
        ) : (
          <p className="govuk-body">The wording says what the values mean.</p>
        )}
        {canEdit && wording?.differsFromTerms ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`${base}/clauses/${encodeURIComponent(clause.id)}`}>
              Change the wording or the values of {clause.name}
            </Link>
          </p>
        ) : null}
        {canAccept ? (
          <AppForm>
            <h2 className="govuk-heading-m">Accept the difference</h2>
            <Textarea
              name="comment"
              label="Why the wording may differ from its terms"
              hint="Your comment is kept with the review and in the audit trail. A later change that makes another difference flags the clause again."
              error={errors.comment}
              defaultValue={String(actionData?.values?.comment ?? '')}
              rows={4}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Accept the difference
            </button>
          </AppForm>
        ) : null}
        {acceptances.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Accepted differences</h2>
            <ul className="govuk-list">
              {acceptances.map((acceptance) => (
                <li key={acceptance.id} className="govuk-!-margin-bottom-4">
                  <p className="govuk-body govuk-!-margin-bottom-1">“{acceptance.comment}”</p>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    {acceptance.by}, {formatDateTime(acceptance.at)}
                  </p>
                  <ul className="govuk-list govuk-list--bullet govuk-body-s">
                    {acceptance.differences.map((difference) => (
                      <li key={difference}>{difference}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
