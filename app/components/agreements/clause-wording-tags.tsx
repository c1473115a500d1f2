import { Link } from '@remix-run/react'
import { WarningText } from '#app/components/forms'

/** What the pages show of a clause's wording check (decision record 006). */
export type TClauseWordingSummary = {
  differsFromTerms: boolean
  differences: string[]
  accepted: { comment: string; by: string; at: string } | null
  proposals: Array<{ path: string; label: string; value: string }>
  blanks: string[]
  corrections: Array<{ seed: string; corrected: string }>
}

/** Tags beside a clause: its wording differs from its terms (or legal accepted that it does), it
 * holds a proposal, a blank, or a correction of the seed's typing. */
export function ClauseWordingTags({ wording }: { wording: TClauseWordingSummary | undefined }) {
  if (!wording) return null
  const tags: Array<[string, string]> = []
  if (wording.differsFromTerms) tags.push(wording.accepted ? ['govuk-tag--grey', 'Wording difference accepted by legal'] : ['govuk-tag--red', 'Wording differs from its terms'])
  if (wording.proposals.length > 0) tags.push(['govuk-tag--yellow', wording.proposals.length === 1 ? 'Proposed value to confirm' : `${wording.proposals.length} proposed values to confirm`])
  if (wording.blanks.length > 0) tags.push(['govuk-tag--orange', wording.blanks.length === 1 ? 'Blank to fill' : `${wording.blanks.length} blanks to fill`])
  if (wording.corrections.length > 0) tags.push(['govuk-tag--blue', 'Corrected from the seed'])
  if (tags.length === 0) return null
  return (
    <span className="app-clause-tags">
      {tags.map(([modifier, label]) => (
        <strong key={label} className={`govuk-tag ${modifier} govuk-!-margin-left-1 govuk-!-margin-top-1`}>
          {label}
        </strong>
      ))}
    </span>
  )
}

/** The differences, proposals and corrections in words, with the way to deal with them. */
export function ClauseWordingNotes({ wording, wordingHref }: { wording: TClauseWordingSummary | undefined; wordingHref: string }) {
  if (!wording) return null
  const { differsFromTerms, differences, accepted, proposals, corrections } = wording
  if (!differsFromTerms && proposals.length === 0 && corrections.length === 0) return null
  return (
    <WarningText>
      {differsFromTerms ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
            {accepted ? `Wording differs from its terms; ${accepted.by} accepted this: “${accepted.comment}”` : 'Wording differs from its terms'}
          </p>
          <ul className="govuk-list govuk-list--bullet govuk-!-font-weight-regular">
            {differences.map((difference) => (
              <li key={difference}>{difference}</li>
            ))}
          </ul>
        </>
      ) : null}
      {proposals.length > 0 ? (
        <ul className="govuk-list govuk-!-font-weight-regular">
          {proposals.map((proposal) => (
            <li key={proposal.path}>
              Proposed, not agreed: {proposal.label} “{proposal.value}”. The seed does not state it; confirm or change it.
            </li>
          ))}
        </ul>
      ) : null}
      {corrections.length > 0 ? (
        <ul className="govuk-list govuk-!-font-weight-regular">
          {corrections.map((correction) => (
            <li key={correction.seed}>
              Corrected from the seed: “{correction.seed}” reads “{correction.corrected}”.
            </li>
          ))}
        </ul>
      ) : null}
      {differsFromTerms ? (
        <Link className="govuk-link govuk-!-font-weight-regular" to={wordingHref}>
          Compare the wording with its terms
        </Link>
      ) : null}
    </WarningText>
  )
}
