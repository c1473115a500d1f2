import { REVIEW_STATE_LABELS, type ReviewState } from '#clauses/obligations/status'

const STATE_COLOURS: Record<ReviewState, string> = {
  pending: 'govuk-tag--grey',
  submitted: 'govuk-tag--blue',
  resubmitted: 'govuk-tag--blue',
  accepted: 'govuk-tag--green',
  returned: 'govuk-tag--orange',
}

/** The review state, with "Overdue" in red where the due date has passed and it is still waiting. */
export function ObligationStateTag({ state, overdue }: { state: string; overdue?: boolean }) {
  if (overdue) return <strong className="govuk-tag govuk-tag--red">Overdue{state === 'returned' ? ' (returned)' : ''}</strong>
  const known = state in REVIEW_STATE_LABELS ? (state as ReviewState) : undefined
  return <strong className={`govuk-tag ${known ? STATE_COLOURS[known] : 'govuk-tag--grey'}`}>{known ? REVIEW_STATE_LABELS[known] : state}</strong>
}

const RAG_TAGS = { green: 'govuk-tag--green', amber: 'govuk-tag--yellow', red: 'govuk-tag--red' } as const

/** Red, amber or green as a tag with the word in it, never colour alone. */
export function RagTag({ rag }: { rag: 'green' | 'amber' | 'red' | null | undefined }) {
  if (!rag) return <span>Not rated</span>
  return <strong className={`govuk-tag ${RAG_TAGS[rag]}`}>{rag.charAt(0).toUpperCase() + rag.slice(1)}</strong>
}
