import { Types } from 'mongoose'
import { ZCommentResolutionSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { Agreement, agreementSubject, historyEntry } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { getAgreement } from './get-agreement.server'
import { reviewCommentOf } from './review-comment.server'

export type TResolveReviewCommentOptions = {
  actor: TActor
  agreementId: string
  commentId: string
  input: unknown
}

/** The drafter marks a legal review comment as dealt with, saying what they changed; legal sees it
 * on the next review and accepts it. Only on a draft the drafter may edit. */
export async function resolveReviewComment({ actor, agreementId, commentId, input }: TResolveReviewCommentOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'update', agreementSubject(agreement))
  const { note } = parseWith(ZCommentResolutionSchema, input)
  const comment = reviewCommentOf(agreement, commentId)
  if (comment.resolution || comment.acceptance) throw new AppError('conflict', { message: 'This comment has already been dealt with' })
  const at = new Date()
  const summary = `${actor.name} resolved a legal review comment by ${comment.authorName}`
  // The resolution and its audit event are saved together or not at all; the filter makes a second,
  // simultaneous resolution of the same comment fail instead of overwriting the first.
  return inTransaction(async (session) => {
    const updated = await Agreement.findOneAndUpdate(
      { _id: agreement._id, status: 'draft', 'review.comments': { $elemMatch: { _id: comment._id, resolution: null, acceptance: null } } },
      {
        // One path per array: the embedded database (mingo) refuses two paths into one array element.
        $set: { 'review.comments.$[comment]': { ...comment, resolved: true, resolution: { by: new Types.ObjectId(actor.id), byName: actor.name, at, note } } },
        $push: { history: historyEntry(actor, 'agreement.review_comment_resolved', summary) },
      },
      { arrayFilters: [{ 'comment._id': comment._id }], returnDocument: 'after', session },
    ).lean()
    if (!updated) throw new AppError('conflict', { message: 'Comments can be resolved only on a draft, once each; reload the page' })
    await recordAuditEvent({
      actor,
      organisationId: String(agreement.authority),
      authorityId: String(agreement.authority),
      action: 'agreement.review_comment_resolved',
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: ${summary}${note ? ` (“${note}”)` : ''}`,
      session,
    })
    return updated
  })
}
