import type { TAgreement } from '#models/agreement'

/** An agreement as the API returns it: ids as strings, dates as ISO strings, clauses as stored. */
export function toAgreementJson(agreement: TAgreement, { withContent }: { withContent: boolean }) {
  return {
    id: String(agreement._id),
    reference: agreement.reference,
    title: agreement.title,
    template: agreement.template,
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
