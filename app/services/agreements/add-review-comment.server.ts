import { ZReviewCommentSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { findClause } from '#models/agreement-clauses'
import { Agreement, agreementSubject, historyEntry } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { getAgreement } from './get-agreement.server'

export type TAddReviewCommentOptions = {
  actor: TActor
  agreementId: string
  input: unknown
}

/** A legal reviewer's comment on one clause, kept with the agreement for the drafter to act on. */
export async function addReviewComment({ actor, agreementId, input }: TAddReviewCommentOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'review', agreementSubject(agreement))
  const { clauseId, text } = parseWith(ZReviewCommentSchema, input)
  const located = findClause(agreement.content, clauseId)
  if (!located) throw new AppError('validation', { message: 'Choose a clause to comment on', details: { fields: { clauseId: 'Choose a clause to comment on' } } })
  const name = located.clause.number ? `clause ${located.clause.number}` : `"${located.clause.heading || located.section.heading}"`
  const summary = `${actor.name} commented on ${name}`
  // The change and its audit event are saved together or not at all.
  return inTransaction(async (session) => {
    const updated = await Agreement.findOneAndUpdate(
      { _id: agreement._id, status: 'in_legal_review' },
      {
        $push: {
          'review.comments': { clauseId, author: actor.id, authorName: actor.name, text, at: new Date(), resolved: false },
          history: historyEntry(actor, 'agreement.review_comment', summary),
        },
      },
      { returnDocument: 'after', session },
    ).lean()
    if (!updated) throw new AppError('conflict', { message: 'Comments can be added only while the agreement is in legal review' })
    await recordAuditEvent({
      actor,
      organisationId: String(agreement.authority),
      authorityId: String(agreement.authority),
      action: 'agreement.review_comment',
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: ${summary}`,
      session,
    })
    return updated
  })
}
