import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { clauseAnchor } from '#app/components/agreements/problem-links'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, fieldId } from '#app/components/forms'
import { addReviewComment } from '#app/services/agreements/add-review-comment.server'
import { summariseClauseValues } from '#app/services/agreements/summarise-clause-values.server'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { changeAgreementStatus } from '#app/services/agreements/change-agreement-status.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { AGREEMENT_STATUS_LABELS } from '#models/agreement-lifecycle'
import { isAppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formatDateTime } from '#app/utils/dates'
import { assertCan } from '#app/utils/permissions.server'
import { asErrorResponse, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { agreementSubject, getClauseKind, paragraphsFromText, partiesOf, renderClauseContent, sectionHeading } from '#app/services/agreements/for-routes.server'

export const meta: MetaFunction = () => [{ title: 'Legal review - SLA Register' }]

/** The clauses a legal reviewer must always read: how the agreement ends, how notice is served,
 * how disputes run and how it can be changed. */
const REVIEW_KINDS = new Set(['termination', 'notices', 'dispute-resolution', 'variation'])

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    assertCan(actor, 'review', agreementSubject(agreement))
    const showAll = new URL(request.url).searchParams.get('show') === 'all'
    const context = { parties: partiesOf(agreement) }
    const clauses = agreement.content.sections.flatMap((section) =>
      section.clauses
        .filter((clause) => showAll || REVIEW_KINDS.has(clause.kind))
        .map((clause) => {
          const paragraphs = clause.text === undefined ? renderClauseContent(clause, context).paragraphs : paragraphsFromText(clause.text)
          return {
            id: clause.id,
            name: [clause.number, clause.heading].filter(Boolean).join(' ') || getClauseKind(clause.kind)?.label || clause.kind,
            section: sectionHeading(section),
            kind: getClauseKind(clause.kind)?.label ?? clause.kind,
            paragraphs: paragraphs.map((paragraph) => (paragraph.label ? `${paragraph.label} ${paragraph.text}` : paragraph.text)),
          handEdited: clause.text !== undefined,
          values: summariseClauseValues(clause.kind, clause.params),
            comments: agreement.review.comments
              .filter((comment) => comment.clauseId === clause.id)
              .map((comment) => ({ id: String(comment._id), author: comment.authorName, text: comment.text, at: comment.at.toISOString(), resolved: comment.resolved })),
          }
        }),
    )
    return json({ agreement: { id: String(agreement._id), reference: agreement.reference, title: agreement.title, version: agreement.version }, clauses, showAll })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const agreementId = params.agreementId ?? ''
  const actor = await requireUser(request)
  let values: Record<string, string | string[]> = {}
  try {
    const formData = await readCheckedForm(request)
    values = formToObject(formData)
    if (values.intent === 'comment') {
      await addReviewComment({ actor, agreementId, input: { clauseId: values.clauseId, text: values[`comment-${String(values.clauseId)}`] } })
      return redirectWithBanner(request, `/agreements/${agreementId}/review${values.show === 'all' ? '?show=all' : ''}#${clauseAnchor(String(values.clauseId))}`, 'Your comment has been added')
    }
    const moved = await changeAgreementStatus({ actor, agreementId, input: { to: values.to, comment: values.comment } })
    return redirectWithBanner(request, `/agreements/${agreementId}`, `The agreement is now ${AGREEMENT_STATUS_LABELS[moved.status].toLowerCase()}`)
  } catch (error) {
    if (!isAppError(error) || error.code !== 'validation') throw asErrorResponse(error)
    // A comment's message belongs next to that clause's comment box.
    const fields = values.intent === 'comment' ? Object.fromEntries(Object.entries(error.fieldErrors).map(([path, message]) => [path === 'text' ? `comment-${String(values.clauseId)}` : path, message])) : error.fieldErrors
    return json({ fieldErrors: fields, values }, { status: 400 })
  }
}

export default function LegalReview() {
  const { agreement, clauses, showAll } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors ?? {}
  const kept = (name: string) => String(actionData?.values?.[name] ?? '')
  return (
    <>
      <Link to={`/agreements/${agreement.id}`} className="govuk-back-link">
        Back to {agreement.reference}
      </Link>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">
        {agreement.reference}, version {agreement.version}
      </span>
      <h1 className="govuk-heading-l">Legal review</h1>
      <p className="govuk-body">
        {showAll ? 'Every clause of the agreement.' : 'Every notice, termination, dispute resolution and variation clause of the agreement.'}{' '}
        <Link className="govuk-link" to={showAll ? `/agreements/${agreement.id}/review` : `/agreements/${agreement.id}/review?show=all`}>
          {showAll ? 'Show only notice, termination, dispute and variation clauses' : 'Show all clauses'}
        </Link>
      </p>
      {clauses.map((clause) => (
        <section key={clause.id} id={clauseAnchor(clause.id)} className="govuk-!-margin-bottom-8" aria-labelledby={`${clauseAnchor(clause.id)}-heading`}>
          <span className="govuk-caption-m">
            {clause.section}: {clause.kind}
          </span>
          <h2 className="govuk-heading-m" id={`${clauseAnchor(clause.id)}-heading`}>
            {clause.name}
          </h2>
          <div className="govuk-inset-text">
            {clause.paragraphs.map((paragraph, index) => (
              <p className="govuk-body" key={index}>
                {paragraph}
              </p>
            ))}
          </div>
          {clause.values.length > 0 ? (
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">What the values say{clause.handEdited ? ' (the wording above is hand-edited: check it matches)' : ''}</span>
              </summary>
              <div className="govuk-details__text">
                <dl className="govuk-summary-list govuk-summary-list--no-border">
                  {clause.values.map((line, index) => (
                    <div className="govuk-summary-list__row" key={index}>
                      <dt className="govuk-summary-list__key">{line.label}</dt>
                      <dd className="govuk-summary-list__value">{line.value}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            </details>
          ) : null}
          {clause.comments.length > 0 ? (
            <>
              <h3 className="govuk-heading-s">Comments</h3>
              <ul className="govuk-list">
                {clause.comments.map((comment) => (
                  <li key={comment.id}>
                    <p className="govuk-body govuk-!-margin-bottom-1">{comment.text}</p>
                    <p className="govuk-body-s">
                      {comment.author}, {formatDateTime(comment.at)}
                      {comment.resolved ? ' (resolved)' : ''}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {/* Keyed by the comment count so the box empties once a comment is saved. */}
          <AppForm key={clause.comments.length}>
            <input type="hidden" name="intent" value="comment" />
            <input type="hidden" name="clauseId" value={clause.id} />
            {showAll ? <input type="hidden" name="show" value="all" /> : null}
            <CommentBox name={`comment-${clause.id}`} label={`Comment on ${clause.name}`} error={errors[`comment-${clause.id}`]} defaultValue={kept(`comment-${clause.id}`)} rows={3} />
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Add comment<span className="govuk-visually-hidden"> on {clause.name}</span>
            </button>
          </AppForm>
        </section>
      ))}
      <h2 className="govuk-heading-m">Decision</h2>
      <AppForm>
        <input type="hidden" name="to" value="approved" />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Approve the agreement
        </button>
      </AppForm>
      <AppForm>
        <input type="hidden" name="to" value="draft" />
        <CommentBox name="comment" label="What needs to change before you can approve it" error={errors.comment} defaultValue={kept('comment')} rows={4} />
        <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
          Return to the commissioner with comments
        </button>
      </AppForm>
    </>
  )
}

function CommentBox({ name, label, error, defaultValue, rows }: { name: string; label: string; error?: string; defaultValue: string; rows: number }) {
  const id = fieldId(name)
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <textarea className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`} id={id} name={name} rows={rows} defaultValue={defaultValue} aria-describedby={error ? `${id}-error` : undefined} />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
