import { validateAgreementDraft } from '#clauses/agreement-content'
import { listReviewBlockers, type TReviewBlocker } from '#clauses/review-blockers'
import { partiesOf, type TAgreement } from '#models/agreement'

/**
 * What keeps a draft from legal review and an approved agreement from signature (decision record
 * 006): blank party names, fields the template marks as required, placeholders such as "xxx" or
 * "[INSERT]", proposals nobody has confirmed, wording that differs from its terms unless legal
 * accepted it, and values that do not pass their clause's checks. Listed on the draft page from
 * the start, and refused on "Send to legal review" and "Send for signature".
 */
export function listAgreementReviewBlockers(agreement: Pick<TAgreement, 'partyDetails' | 'content' | 'review'>): Array<TReviewBlocker | { path: string; message: string }> {
  const checked = validateAgreementDraft({ parties: partiesOf(agreement), content: agreement.content })
  return checked.success ? listReviewBlockers(checked.value, agreement.review.wordingAcceptances ?? []) : checked.issues
}
