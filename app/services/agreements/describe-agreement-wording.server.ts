import { wordingBlanks, type ClauseInstance } from '#clauses/agreement-content'
import type { RenderContext } from '#clauses/clause-kind'
import { clauseWords } from '#clauses/render-document'
import { clauseWordingDifferences, isAccepted, listReviewBlockers, openProposals, type TOpenProposal, type TReviewBlocker } from '#clauses/review-blockers'
import { hasSlots } from '#clauses/wording'
import { renderContextOf, type TAgreement, type TWordingAcceptance } from '#models/agreement'

/** Where a clause's words come from: written by its kind from its values, the template's or
 * drafter's words with slots filled from the values, or words with no slots at all. */
export type TWordingSource = 'generated' | 'template' | 'hand-written'

export type TClauseWording = {
  source: TWordingSource
  /** The words as the document prints them, slots filled. */
  text: string
  differsFromTerms: boolean
  differences: string[]
  /** Legal's acceptance of exactly these differences, if it still holds. */
  accepted: { comment: string; by: string; at: string } | null
  blanks: string[]
  proposals: TOpenProposal[]
  corrections: Array<{ seed: string; corrected: string }>
}

export type TAgreementWording = {
  clauses: Map<string, TClauseWording>
  /** What stops the agreement going to legal review or signature (decision record 006). */
  blockers: TReviewBlocker[]
}

/** The wording checks of every clause of an agreement, for its pages and the API. */
export function describeAgreementWording(agreement: Pick<TAgreement, 'partyDetails' | 'content' | 'review'>): TAgreementWording {
  const context: RenderContext = renderContextOf(agreement)
  const acceptances = agreement.review.wordingAcceptances ?? []
  const clauses = new Map<string, TClauseWording>()
  for (const section of agreement.content.sections) {
    for (const clause of section.clauses) clauses.set(clause.id, describeClauseWording(clause, agreement, context, latestAcceptance(acceptances, clause.id)))
  }
  return { clauses, blockers: listReviewBlockers({ parties: context.parties, content: agreement.content }, acceptances) }
}

function describeClauseWording(clause: ClauseInstance, agreement: Pick<TAgreement, 'content'>, context: RenderContext, acceptance: TWordingAcceptance | undefined): TClauseWording {
  const differences = clauseWordingDifferences(clause, agreement.content, context)
  const accepted = isAccepted(differences, acceptance) && acceptance ? { comment: acceptance.comment, by: acceptance.byName, at: acceptance.at.toISOString() } : null
  return {
    source: clause.text === undefined ? 'generated' : hasSlots(clause.text) ? 'template' : 'hand-written',
    text: clauseWords(clause, context),
    differsFromTerms: differences.length > 0,
    differences: differences.map((difference) => difference.message),
    accepted,
    blanks: wordingBlanks(clause, context).map((blank) => blank.label),
    proposals: openProposals(clause, context),
    corrections: clause.corrections ?? [],
  }
}

/** The acceptance that counts for a clause is legal's latest. */
export function latestAcceptance(acceptances: TWordingAcceptance[], clauseId: string): TWordingAcceptance | undefined {
  return acceptances.filter((acceptance) => acceptance.clauseId === clauseId).at(-1)
}
