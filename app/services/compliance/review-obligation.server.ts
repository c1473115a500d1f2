import { z } from 'zod'
import { stateAfterReview } from '#clauses/obligations/status'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { Obligation, obligationSubject } from '#models/obligation'
import { getObligation } from './get-obligation.server'
import { refreshComplianceSummary } from './refresh-compliance-summary.server'

export const ZReviewObligationSchema = z
  .object({
    decision: z.enum(['accept', 'return'], { error: 'Choose whether to accept or return the submission' }),
    comment: z.string().trim().max(2000, 'Keep the comment under 2,000 characters'),
  })
  .refine((review) => review.decision === 'accept' || review.comment.length > 0, {
    error: 'Say what needs to change before it is resubmitted',
    path: ['comment'],
  })

export type TReviewObligationOptions = {
  actor: TActor
  obligationId: string
  input: unknown
}

/** The commissioner accepts or returns a submission, with a comment; returning needs one. */
export async function reviewObligation({ actor, obligationId, input }: TReviewObligationOptions) {
  const obligation = await getObligation({ actor, obligationId })
  assertCan(actor, 'review', obligationSubject(obligation))
  const { decision, comment } = parseWith(ZReviewObligationSchema, input)
  const nextState = stateAfterReview(obligation.state, decision)
  if (!nextState) throw new AppError('conflict', { message: 'Nothing is waiting for review on this obligation' })
  // Only the state read above may change, so two reviewers cannot both decide; the decision, the
  // summary and the audit event are saved together or not at all.
  return inTransaction(async (session) => {
    const updated = await Obligation.findOneAndUpdate(
      { _id: obligation._id, state: obligation.state },
      { $set: { state: nextState }, $push: { reviews: { decision, comment, by: actor.id, byName: actor.name, at: new Date() } } },
      { returnDocument: 'after', session },
    ).lean()
    if (!updated) throw new AppError('conflict', { message: 'Someone else has just reviewed this obligation; reload the page' })
    await refreshComplianceSummary(obligation.series, session)
    await recordAuditEvent({
      actor,
      organisationId: String(obligation.authority),
      authorityId: String(obligation.authority),
      action: decision === 'accept' ? 'obligation.accepted' : 'obligation.returned',
      subject: { type: 'Obligation', id: String(obligation._id) },
      summary: `${actor.name} ${decision === 'accept' ? 'accepted' : 'returned'} ${obligation.title}${comment ? `: ${comment}` : ''}`,
      session,
    })
    return updated
  })
}
