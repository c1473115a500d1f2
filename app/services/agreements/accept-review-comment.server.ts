import { Types } from 'mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { Agreement, agreementSubject, historyEntry } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { getAgreement } from './get-agreement.server'
import { reviewCommentOf } from './review-comment.server'

export type TAcceptReviewCommentOptions = {
  actor: TActor
  agreementId: string
  commentId: string
}

/** Legal accepts an earlier comment as dealt with (usually once the drafter has resolved it), while
 * the agreement is in legal review. */
export async function acceptReviewComment({ actor, agreementId, commentId }: TAcceptReviewCommentOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'review', agreementSubject(agreement))
  const comment = reviewCommentOf(agreement, commentId)
  if (comment.acceptance) throw new AppError('conflict', { message: 'This comment has already been accepted' })
  const summary = `${actor.name} accepted a legal review comment by ${comment.authorName} as dealt with`
  return inTransaction(async (session) => {
    const updated = await Agreement.findOneAndUpdate(
      { _id: agreement._id, status: 'in_legal_review', 'review.comments': { $elemMatch: { _id: comment._id, acceptance: null } } },
      {
        // One path per array: the embedded database (mingo) refuses two paths into one array element.
        $set: { 'review.comments.$[comment]': { ...comment, resolved: true, acceptance: { by: new Types.ObjectId(actor.id), byName: actor.name, at: new Date() } } },
        $push: { history: historyEntry(actor, 'agreement.review_comment_accepted', summary) },
      },
      { arrayFilters: [{ 'comment._id': comment._id }], returnDocument: 'after', session },
    ).lean()
    if (!updated) throw new AppError('conflict', { message: 'Comments can be accepted only while the agreement is in legal review, once each; reload the page' })
    await recordAuditEvent({
      actor,
      organisationId: String(agreement.authority),
      authorityId: String(agreement.authority),
      action: 'agreement.review_comment_accepted',
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: ${summary}`,
      session,
    })
    return updated
  })
}
