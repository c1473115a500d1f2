import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { ClauseWordingNotes, ClauseWordingTags } from '#app/components/agreements/clause-wording-tags'
import { clauseAnchor } from '#app/components/agreements/problem-links'
import { ChangesSinceLastReview, ReviewCommentItem, ReviewFindings } from '#app/components/agreements/review-parts'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, fieldId } from '#app/components/forms'
import { acceptReviewComment } from '#app/services/agreements/accept-review-comment.server'
import { addReviewComment } from '#app/services/agreements/add-review-comment.server'
import { changeAgreementStatus } from '#app/services/agreements/change-agreement-status.server'
import { getAgreementReview } from '#app/services/agreements/get-agreement-review.server'
import { resolveReviewComment } from '#app/services/agreements/resolve-review-comment.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { isAppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { asErrorResponse, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { AGREEMENT_STATUS_LABELS } from '#models/agreement-lifecycle'
import agreementStylesHref from '../styles/agreements.css'

export const meta: MetaFunction = () => [{ title: 'Legal review - SLA Register' }]

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: agreementStylesHref }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const showAll = new URL(request.url).searchParams.get('show') === 'all'
    const review = await getAgreementReview({ actor, agreementId: params.agreementId ?? '', showAll })
    return json({ ...review, showAll })
  })
}

/** Where each intent's field messages belong on the page. */
function fieldNamesFor(values: Record<string, string | string[]>): (path: string) => string {
  if (values.intent === 'comment') return (path) => (path === 'text' ? `comment-${String(values.clauseId)}` : path)
  if (values.intent === 'resolve') return (path) => (path === 'note' ? `note-${String(values.commentId)}` : path)
  return (path) => path
}

export async function action({ request, params }: ActionFunctionArgs) {
  const agreementId = params.agreementId ?? ''
  const actor = await requireUser(request)
  let values: Record<string, string | string[]> = {}
  try {
    const formData = await readCheckedForm(request)
    values = formToObject(formData)
    const back = `/agreements/${agreementId}/review${values.show === 'all' ? '?show=all' : ''}`
    const commentId = String(values.commentId ?? '')
    switch (values.intent) {
      case 'comment':
        await addReviewComment({ actor, agreementId, input: { clauseId: values.clauseId, text: values[`comment-${String(values.clauseId)}`] } })
        return redirectWithBanner(request, `${back}#${clauseAnchor(String(values.clauseId))}`, 'Your comment has been added')
      case 'resolve':
        await resolveReviewComment({ actor, agreementId, commentId, input: { note: values[`note-${commentId}`] } })
        return redirectWithBanner(request, `${back}#comment-${commentId}`, 'The comment is marked resolved')
      case 'accept':
        await acceptReviewComment({ actor, agreementId, commentId })
        return redirectWithBanner(request, `${back}#comment-${commentId}`, 'The resolution is accepted')
      default:
        const moved = await changeAgreementStatus({ actor, agreementId, input: { to: values.to, comment: values.comment } })
        return redirectWithBanner(request, `/agreements/${agreementId}`, `The agreement is now ${AGREEMENT_STATUS_LABELS[moved.status].toLowerCase()}`)
    }
  } catch (error) {
    if (!isAppError(error) || error.code !== 'validation') throw asErrorResponse(error)
    const fieldName = fieldNamesFor(values)
    const fields = Object.fromEntries(Object.entries(error.fieldErrors).map(([path, message]) => [fieldName(path), message]))
    return json({ fieldErrors: fields, values }, { status: 400 })
  }
}

export default function LegalReview() {
  const { agreement, inReview, findings, datesNotWorkedOut, changesSinceLastReview, clauses, comments, can, showAll } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors: Record<string, string> = actionData?.fieldErrors ?? {}
  const kept = (name: string) => String(actionData?.values?.[name] ?? '')
  const commentActions = { resolve: can.resolve, accept: can.accept, showAll, errors }
  const earlier = comments.filter((comment) => comment.earlier)
  const thisRound = comments.filter((comment) => !comment.earlier)
  const wholeAgreement = thisRound.filter((comment) => !comment.clauseId || !clauses.some((clause) => clause.id === comment.clauseId))
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
      {inReview ? null : (
        <div className="govuk-inset-text">
          The agreement is {AGREEMENT_STATUS_LABELS[agreement.status].toLowerCase()}, not in legal review: this view is read-only
          {can.resolve ? ', except that you can mark comments as resolved' : ''}.
        </div>
      )}

      <h2 className="govuk-heading-m" id="findings">
        Findings
      </h2>
      <ReviewFindings findings={findings} datesNotWorkedOut={datesNotWorkedOut} />

      <h2 className="govuk-heading-m" id="changes">
        What changed since the last review
      </h2>
      <ChangesSinceLastReview changes={changesSinceLastReview} />

      {earlier.length > 0 ? (
        <section aria-labelledby="earlier-comments">
          <h2 className="govuk-heading-m" id="earlier-comments">
            Comments from earlier reviews
          </h2>
          <ul className="govuk-list">
            {earlier.map((comment) => (
              <ReviewCommentItem key={comment.id} comment={comment} actions={commentActions} />
            ))}
          </ul>
        </section>
      ) : null}

      {wholeAgreement.length > 0 ? (
        <section aria-labelledby="agreement-comments">
          <h2 className="govuk-heading-m" id="agreement-comments">
            Comments on the whole agreement and on clauses not shown
          </h2>
          <ul className="govuk-list">
            {wholeAgreement.map((comment) => (
              <ReviewCommentItem key={comment.id} comment={comment} actions={commentActions} />
            ))}
          </ul>
        </section>
      ) : null}

      <h2 className="govuk-heading-m">Clauses</h2>
      <p className="govuk-body">
        {showAll ? 'Every clause of the agreement.' : 'Every notice, termination, dispute resolution and variation clause of the agreement.'}{' '}
        <Link className="govuk-link" to={showAll ? `/agreements/${agreement.id}/review` : `/agreements/${agreement.id}/review?show=all`}>
          {showAll ? 'Show only notice, termination, dispute and variation clauses' : 'Show all clauses'}
        </Link>
      </p>
      {clauses.map((clause) => {
        const clauseComments = thisRound.filter((comment) => comment.clauseId === clause.id)
        return (
          <section key={clause.id} id={clauseAnchor(clause.id)} className="govuk-!-margin-bottom-8" aria-labelledby={`${clauseAnchor(clause.id)}-heading`}>
            <span className="govuk-caption-m">
              {clause.section}: {clause.kind}
            </span>
            <h3 className="govuk-heading-m" id={`${clauseAnchor(clause.id)}-heading`}>
              {clause.name}
              <ClauseWordingTags wording={clause.wording} />
            </h3>
            <div className="govuk-inset-text">
              {clause.paragraphs.map((paragraph, index) => (
                <p className="govuk-body" key={index}>
                  {paragraph}
                </p>
              ))}
            </div>
            <ClauseWordingNotes wording={clause.wording} wordingHref={`/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}/wording`} />
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
            {clauseComments.length > 0 ? (
              <>
                <h4 className="govuk-heading-s">Comments</h4>
                <ul className="govuk-list">
                  {clauseComments.map((comment) => (
                    <ReviewCommentItem key={comment.id} comment={comment} actions={commentActions} />
                  ))}
                </ul>
              </>
            ) : null}
            {can.comment ? (
              // Keyed by the comment count so the box empties once a comment is saved.
              <AppForm key={clauseComments.length}>
                <input type="hidden" name="intent" value="comment" />
                <input type="hidden" name="clauseId" value={clause.id} />
                {showAll ? <input type="hidden" name="show" value="all" /> : null}
                <CommentBox name={`comment-${clause.id}`} label={`Comment on ${clause.name}`} error={errors[`comment-${clause.id}`]} defaultValue={kept(`comment-${clause.id}`)} rows={3} />
                <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                  Add comment<span className="govuk-visually-hidden"> on {clause.name}</span>
                </button>
              </AppForm>
            ) : null}
          </section>
        )
      })}
      {can.decide ? (
        <>
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
      ) : null}
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
