// One proposed term on the import screen: what was read, the sentence it was read from (linked to
// its place in the document), how sure the rule is, and the person's decision.
import { Form } from '@remix-run/react'
import { CsrfInput } from '#app/components/csrf-input'

export type TProposalView = {
  id: string
  kindLabel: string
  clause: string
  confidence: number
  confidenceBand: 'High' | 'Medium' | 'Low'
  decision: 'pending' | 'accepted' | 'rejected'
  edited: boolean
  issues: Array<{ path: string; message: string }>
  facts: Array<{ summary: string; quote: string; anchor: string; typed: boolean }>
}

const DECISION_TAGS = {
  pending: { label: 'To decide', className: 'govuk-tag--grey' },
  accepted: { label: 'Accepted', className: 'govuk-tag--green' },
  rejected: { label: 'Rejected', className: 'govuk-tag--red' },
} as const

export function sourceAnchor(blockId: string, start: number) {
  return `source-${blockId}-${start}`
}

export function ProposalCard({ proposal, importId, canDecide }: { proposal: TProposalView; importId: string; canDecide: boolean }) {
  const tag = DECISION_TAGS[proposal.decision]
  const name = `${proposal.kindLabel}${proposal.clause ? `, ${proposal.clause}` : ''}`
  return (
    <li className={`app-import-proposal app-import-proposal--${proposal.decision}`} id={`proposal-${proposal.id}`}>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{name}</h3>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        <strong className={`govuk-tag ${tag.className}`}>{tag.label}</strong> Confidence: {proposal.confidenceBand} ({Math.round(proposal.confidence * 100)}%)
        {proposal.edited ? ' · values edited' : ''}
      </p>
      <ul className="govuk-list">
        {proposal.facts.map((fact, index) => (
          <li key={index}>
            <span className="govuk-body govuk-!-font-weight-bold">{fact.summary}</span>
            {fact.typed ? null : <span className="govuk-body-s"> (kept in the words only)</span>}
            <blockquote className="app-import-quote govuk-body-s">“{fact.quote}”</blockquote>
            <a className="govuk-link govuk-body-s" href={`#${fact.anchor}`}>
              Show in the document<span className="govuk-visually-hidden">: {fact.summary}</span>
            </a>
          </li>
        ))}
      </ul>
      {proposal.issues.length > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            The document does not say everything this term needs: {proposal.issues.map((issue) => issue.message).join('; ')}. Edit the values to complete it before accepting it.
          </strong>
        </div>
      ) : null}
      {canDecide ? (
        <div className="app-import-actions">
          {proposal.decision !== 'accepted' && proposal.issues.length === 0 ? <DecisionButton importId={importId} proposal={proposal} decision="accepted" label="Accept" name={name} /> : null}
          {proposal.decision !== 'rejected' ? <DecisionButton importId={importId} proposal={proposal} decision="rejected" label="Reject" name={name} secondary /> : null}
          {proposal.decision !== 'pending' ? <DecisionButton importId={importId} proposal={proposal} decision="pending" label="Undo" name={name} secondary /> : null}
          <a className="govuk-link" href={`/imports/${importId}/proposals/${proposal.id}`}>
            {proposal.issues.length > 0 ? 'Complete' : 'Edit'} the values<span className="govuk-visually-hidden"> of {name}</span>
          </a>
        </div>
      ) : null}
    </li>
  )
}

function DecisionButton({ importId, proposal, decision, label, name, secondary }: { importId: string; proposal: TProposalView; decision: string; label: string; name: string; secondary?: boolean }) {
  return (
    <Form method="post" action={`/imports/${importId}`} preventScrollReset>
      <CsrfInput />
      <input type="hidden" name="intent" value="decide" />
      <input type="hidden" name="proposalId" value={proposal.id} />
      <input type="hidden" name="decision" value={decision} />
      <button type="submit" className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`} data-module="govuk-button">
        {label}
        <span className="govuk-visually-hidden"> {name}</span>
      </button>
    </Form>
  )
}
