import mongoose from 'mongoose'
import { AppError } from '#app/utils/app-error'
import { type TAgreement } from '#models/agreement'

/** One legal review comment of the agreement, or "not found". */
export function reviewCommentOf(agreement: Pick<TAgreement, 'review'>, commentId: string) {
  const comment = mongoose.isValidObjectId(commentId) ? agreement.review.comments.find((candidate) => String(candidate._id) === commentId) : undefined
  if (!comment) throw new AppError('not_found', { message: 'Review comment not found' })
  return comment
}
