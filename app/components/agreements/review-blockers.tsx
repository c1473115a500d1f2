import { problemLink } from './problem-links'

type TBlocker = { kind: 'blank' | 'proposal' | 'wording'; path: string; clauseId?: string; message: string }

const GROUPS = [
  { kind: 'blank', title: 'Blanks to fill in' },
  { kind: 'proposal', title: 'Proposed values to confirm or change' },
  { kind: 'wording', title: 'Wording that differs from its terms: change the wording or the values, or ask legal to accept the difference' },
] as const

/** What still keeps the agreement from legal review or signature, from the first draft on, each
 * with a link to the field that clears it (decision record 006). */
export function ReviewBlockers({ agreementId, sections, blockers, status }: { agreementId: string; sections: { clauses: { id: string }[] }[]; blockers: TBlocker[]; status: string }) {
  if (blockers.length === 0) return null
  const before = status === 'approved' ? 'be sent for signature' : 'go to legal review'
  return (
    <div className="govuk-inset-text" role="region" aria-labelledby="review-blockers-title">
      <h2 className="govuk-heading-m" id="review-blockers-title">
        Before this agreement can {before}
      </h2>
      {GROUPS.map((group) => {
        const items = blockers.filter((blocker) => blocker.kind === group.kind)
        if (items.length === 0) return null
        return (
          <div key={group.kind}>
            <h3 className="govuk-heading-s">
              {group.title} ({items.length})
            </h3>
            <ul className="govuk-list govuk-list--bullet">
              {items.map((blocker) => (
                <li key={`${blocker.kind}-${blocker.path}`}>
                  <a className="govuk-link" href={blocker.kind === 'wording' && blocker.clauseId ? `/agreements/${agreementId}/clauses/${encodeURIComponent(blocker.clauseId)}/wording` : problemLink(agreementId, sections, blocker.path)}>
                    {blocker.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </div>
  )
}
