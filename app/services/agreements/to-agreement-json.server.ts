import { findBrokenCrossReferences } from '#clauses/cross-references'
import type { TAgreement } from '#models/agreement'
import { describeAgreementWording } from './describe-agreement-wording.server'

/** An agreement as the API returns it: ids as strings, dates as ISO strings, clauses as stored,
 * and with the content each clause's wording checked against its terms (decision record 006). */
export function toAgreementJson(agreement: TAgreement, { withContent }: { withContent: boolean }) {
  return {
    id: String(agreement._id),
    reference: agreement.reference,
    title: agreement.title,
    template: agreement.template,
    templateVersion: agreement.templateVersion ? { template: String(agreement.templateVersion.template), version: agreement.templateVersion.version } : null,
    authority: String(agreement.authority),
    parties: agreement.parties.map(String),
    memberSchools: agreement.memberSchools.map(String),
    status: agreement.status,
    version: agreement.version,
    previousVersion: agreement.previousVersion ? String(agreement.previousVersion) : null,
    supersededBy: agreement.supersededBy ? String(agreement.supersededBy) : null,
    commencesOn: agreement.commencesOn,
    endsOn: agreement.endsOn,
    termCalendar: agreement.termCalendar,
    updatedAt: agreement.updatedAt.toISOString(),
    ...(withContent
      ? {
          partyDetails: agreement.partyDetails.map(({ organisation, ...party }) => ({ ...party, organisation: organisation ? String(organisation) : null })),
          content: agreement.content,
          wording: wordingJson(agreement),
          // References the wording makes to clauses that were deleted or never existed.
          crossReferenceProblems: findBrokenCrossReferences(agreement.content).map(({ clauseId, target, number, message }) => ({ clauseId, target, number, message })),
          // Deletions that can still be undone (POST .../clauses/:id/restore or .../sections/:id/restore).
          deleted: (agreement.removedItems ?? []).map((item) => ({ kind: item.kind, id: item.itemId, label: item.label, deletedAt: item.removedAt.toISOString(), deletedBy: item.removedByName })),
          review: {
            submittedAt: agreement.review.submittedAt?.toISOString() ?? null,
            decidedAt: agreement.review.decidedAt?.toISOString() ?? null,
            comments: agreement.review.comments.map((comment) => ({
              id: String(comment._id),
              clauseId: comment.clauseId,
              author: comment.authorName,
              text: comment.text,
              at: comment.at.toISOString(),
              resolved: comment.resolved,
            })),
            wordingAcceptances: (agreement.review.wordingAcceptances ?? []).map((acceptance) => ({
              id: String(acceptance._id),
              clauseId: acceptance.clauseId,
              differences: acceptance.differences,
              comment: acceptance.comment,
              by: acceptance.byName,
              at: acceptance.at.toISOString(),
            })),
          },
          variations: agreement.variations.map((variation) => ({
            id: String(variation._id),
            summary: variation.summary,
            status: variation.status,
            proposedBy: variation.proposedByName,
            proposedAt: variation.proposedAt.toISOString(),
            changes: variation.changes,
            agreedBy: variation.agreedBy,
            resultingVersion: variation.resultingVersion ? String(variation.resultingVersion) : null,
          })),
        }
      : {}),
  }
}

/** Per clause: where its words come from, the words as printed, and whether they differ from its
 * terms; and what stops the agreement going to legal review or signature. */
function wordingJson(agreement: TAgreement) {
  const { clauses, blockers } = describeAgreementWording(agreement)
  return {
    readyForReview: blockers.length === 0,
    blockers,
    clauses: [...clauses.entries()].map(([clauseId, wording]) => ({
      clauseId,
      ...wording,
      flag: wording.differsFromTerms && !wording.accepted ? 'wording differs from its terms' : null,
    })),
  }
}
