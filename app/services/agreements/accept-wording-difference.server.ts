import { ZWordingAcceptanceSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { clauseWordingDifferences } from '#clauses/review-blockers'
import { findClause } from '#models/agreement-clauses'
import { Agreement, agreementSubject, historyEntry, renderContextOf } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { getAgreement } from './get-agreement.server'
import { rolesAtAuthority } from './roles-at-authority.server'

export type TAcceptWordingDifferenceOptions = {
  actor: TActor
  agreementId: string
  clauseId: string
  input: unknown
}

/** Legal accepts, with a comment, that a clause's wording may differ from its terms in the ways it
 * differs now (decision record 006). The acceptance names those differences, so a later edit that
 * makes another one flags the clause again; it is kept with the review and audited. */
export async function acceptWordingDifference({ actor, agreementId, clauseId, input }: TAcceptWordingDifferenceOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  if (!rolesAtAuthority(actor, String(agreement.authority)).includes('legal')) {
    throw new AppError('forbidden', {
      message: 'Only legal at the authority can accept wording that differs from its terms',
      details: { permission: { action: 'acceptWording', subject: 'Agreement' } },
    })
  }
  assertCan(actor, 'acceptWording', agreementSubject(agreement))
  const { comment } = parseWith(ZWordingAcceptanceSchema, input)
  const located = findClause(agreement.content, clauseId)
  if (!located) throw new AppError('not_found', { message: 'Clause not found in this agreement' })
  const differences = clauseWordingDifferences(located.clause, agreement.content, renderContextOf(agreement))
  if (differences.length === 0) {
    throw new AppError('conflict', { message: 'This clause’s wording says what its terms mean: there is no difference to accept' })
  }
  const name = located.clause.number ? `clause ${located.clause.number}` : `the "${located.clause.heading || located.section.heading}" clause`
  const summary = `${actor.name} accepted that the wording of ${name} differs from its terms (“${comment}”)`
  const acceptance = { clauseId, differences: differences.map((difference) => difference.message), comment, by: actor.id, byName: actor.name, at: new Date() }
  // The acceptance, its history line and its audit event are saved together or not at all; the
  // content in the filter makes an edit saved meanwhile win, so legal accepts what they read.
  return inTransaction(async (session) => {
    const updated = await Agreement.findOneAndUpdate(
      { _id: agreement._id, status: { $in: ['draft', 'in_legal_review'] }, updatedAt: agreement.updatedAt },
      { $push: { 'review.wordingAcceptances': acceptance, history: historyEntry(actor, 'agreement.wording_difference_accepted', summary) } },
      { returnDocument: 'after', session },
    ).lean()
    if (!updated) throw new AppError('conflict', { message: 'The agreement changed while you were reading it. Reload the page and check the clause again.' })
    await recordAuditEvent({
      actor,
      organisationId: String(agreement.authority),
      authorityId: String(agreement.authority),
      action: 'agreement.wording_difference_accepted',
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: ${summary}`,
      session,
    })
    return updated
  })
}
