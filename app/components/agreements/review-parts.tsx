import { AppForm, fieldId } from '#app/components/forms'
import { formatDateTime } from '#app/utils/dates'
import { WordDiff } from './word-diff'

type TFinding = { code: string; title: string; detail: string; clause?: string }
type TUnworkable = { label: string; clause: string; reason: string }
type TWordChange = { value: string; added?: boolean; removed?: boolean }
type TClauseChange = { clauseId: string; name: string; change: 'added' | 'removed' | 'changed' | 'unchanged'; words: TWordChange[] }
export type TReviewCommentView = {
  id: string
  clauseId: string | null
  clause: string
  author: string
  text: string
  at: string
  earlier: boolean
  state: 'open' | 'resolved' | 'accepted'
  resolution: { by: string; at: string; note: string } | null
  acceptance: { by: string; at: string } | null
}

/** What the agreement lacks, and what the law puts in its place: a finding each, before the clauses. */
export function ReviewFindings({ findings, datesNotWorkedOut }: { findings: TFinding[]; datesNotWorkedOut: TUnworkable[] }) {
  if (findings.length === 0 && datesNotWorkedOut.length === 0) {
    return <p className="govuk-body">No findings: the agreement has notices, dispute resolution and termination clauses, and every deadline can be worked out.</p>
  }
  return (
    <>
      {findings.length > 0 ? (
        <dl className="govuk-summary-list">
          {findings.map((finding) => (
            <div className="govuk-summary-list__row" key={`${finding.code}-${finding.clause ?? ''}`}>
              <dt className="govuk-summary-list__key">{finding.title}</dt>
              <dd className="govuk-summary-list__value">{finding.detail}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {datesNotWorkedOut.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Dates the system cannot work out</h3>
          <ul className="govuk-list govuk-list--bullet">
            {datesNotWorkedOut.map((item) => (
              <li key={`${item.label}-${item.clause}-${item.reason}`}>
                <strong>{item.label}</strong>
                {item.clause ? ` (${/^\d/.test(item.clause) ? `clause ${item.clause}` : item.clause})` : ''}: {item.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}

const DECISIONS: Record<string, string> = { draft: 'returned it to the drafter', approved: 'approved it' }

/** Since legal last decided: each clause added, removed or reworded, word by word. */
export function ChangesSinceLastReview({ changes }: { changes: { decidedAt: string; decision: string; clauses: TClauseChange[] } | null }) {
  if (!changes) return <p className="govuk-body">This is the agreement’s first legal review.</p>
  return (
    <>
      <p className="govuk-body">
        Legal {DECISIONS[changes.decision] ?? 'decided on it'} on {formatDateTime(changes.decidedAt)}.{' '}
        {changes.clauses.length === 0 ? 'No clause has changed since.' : `${changes.clauses.length === 1 ? '1 clause has' : `${changes.clauses.length} clauses have`} changed since. Added words are marked “added”, removed words “removed”.`}
      </p>
      {changes.clauses.map((clause) => (
        <section key={clause.clauseId} aria-labelledby={`changed-${clause.clauseId}`}>
          <h3 className="govuk-heading-s" id={`changed-${clause.clauseId}`}>
            {clause.name}
            {clause.change === 'added' ? ' (new clause)' : clause.change === 'removed' ? ' (clause removed)' : ''}
          </h3>
          <WordDiff words={clause.words} />
        </section>
      ))}
    </>
  )
}

const STATE_TAGS: Record<TReviewCommentView['state'], [string, string]> = {
  open: ['Open', 'govuk-tag--red'],
  resolved: ['Resolved by the drafter', 'govuk-tag--yellow'],
  accepted: ['Accepted by legal', 'govuk-tag--green'],
}

type TCommentActions = { resolve: boolean; accept: boolean; showAll: boolean; errors: Record<string, string> }

/** One comment, its state in words, who resolved and accepted it, and the action the reader may take. */
export function ReviewCommentItem({ comment, actions }: { comment: TReviewCommentView; actions: TCommentActions }) {
  const [words, tag] = STATE_TAGS[comment.state]
  const noteName = `note-${comment.id}`
  return (
    <li className="govuk-!-margin-bottom-4" id={`comment-${comment.id}`}>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong className={`govuk-tag ${tag}`}>{words}</strong> <span className="govuk-!-font-weight-bold">{comment.clause}</span>
      </p>
      <p className="govuk-body govuk-!-margin-bottom-1">{comment.text}</p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {comment.author}, {formatDateTime(comment.at)}
      </p>
      {comment.resolution ? (
        <p className="govuk-body-s govuk-!-margin-bottom-1">
          Resolved by {comment.resolution.by}, {formatDateTime(comment.resolution.at)}
          {comment.resolution.note ? `: ${comment.resolution.note}` : ''}
        </p>
      ) : null}
      {comment.acceptance ? (
        <p className="govuk-body-s govuk-!-margin-bottom-1">
          Accepted by {comment.acceptance.by}, {formatDateTime(comment.acceptance.at)}
        </p>
      ) : null}
      {actions.resolve && comment.state === 'open' ? (
        <AppForm>
          <input type="hidden" name="intent" value="resolve" />
          <input type="hidden" name="commentId" value={comment.id} />
          {actions.showAll ? <input type="hidden" name="show" value="all" /> : null}
          <div className={`govuk-form-group${actions.errors[noteName] ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor={fieldId(noteName)}>
              What you changed (optional)
            </label>
            {actions.errors[noteName] ? (
              <p id={`${fieldId(noteName)}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {actions.errors[noteName]}
              </p>
            ) : null}
            <input className="govuk-input" id={fieldId(noteName)} name={noteName} type="text" aria-describedby={actions.errors[noteName] ? `${fieldId(noteName)}-error` : undefined} />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Mark as resolved<span className="govuk-visually-hidden">: {comment.text}</span>
          </button>
        </AppForm>
      ) : null}
      {actions.accept && comment.state !== 'accepted' ? (
        <AppForm>
          <input type="hidden" name="intent" value="accept" />
          <input type="hidden" name="commentId" value={comment.id} />
          {actions.showAll ? <input type="hidden" name="show" value="all" /> : null}
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Accept as dealt with<span className="govuk-visually-hidden">: {comment.text}</span>
          </button>
        </AppForm>
      ) : null}
    </li>
  )
}
