const STATE_TAGS: Record<string, { label: string; colour: string }> = {
  pending: { label: 'Pending', colour: 'govuk-tag--grey' },
  submitted: { label: 'Submitted', colour: 'govuk-tag--blue' },
  resubmitted: { label: 'Resubmitted', colour: 'govuk-tag--blue' },
  accepted: { label: 'Accepted', colour: 'govuk-tag--green' },
  returned: { label: 'Returned', colour: 'govuk-tag--orange' },
}

/** The review state, with "Overdue" in red where the due date has passed and it is still waiting. */
export function ObligationStateTag({ state, overdue }: { state: string; overdue?: boolean }) {
  if (overdue) return <strong className="govuk-tag govuk-tag--red">Overdue{state === 'returned' ? ' (returned)' : ''}</strong>
  const tag = STATE_TAGS[state] ?? { label: state, colour: 'govuk-tag--grey' }
  return <strong className={`govuk-tag ${tag.colour}`}>{tag.label}</strong>
}

const RAG_TAGS = { green: 'govuk-tag--green', amber: 'govuk-tag--yellow', red: 'govuk-tag--red' } as const

/** Red, amber or green as a tag with the word in it, never colour alone. */
export function RagTag({ rag }: { rag: 'green' | 'amber' | 'red' | null | undefined }) {
  if (!rag) return <span>Not rated</span>
  return <strong className={`govuk-tag ${RAG_TAGS[rag]}`}>{rag.charAt(0).toUpperCase() + rag.slice(1)}</strong>
}
