import { Types } from 'mongoose'
import { ZVariationProposalSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError, type TFieldErrors } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { editClause, findClause } from '#models/agreement-clauses'
import { Agreement, agreementSubject, historyEntry } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { getAgreement } from './get-agreement.server'

export type TProposeVariationOptions = {
  actor: TActor
  agreementId: string
  input: unknown
}

/** Records a proposed variation of an agreement in force: a summary and the new values of the
 * clauses it changes, each checked against its clause kind now, so agreeing it later cannot fail. */
export async function proposeVariation({ actor, agreementId, input }: TProposeVariationOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'vary', agreementSubject(agreement))
  const { summary, changes } = parseWith(ZVariationProposalSchema, input)
  const fields: TFieldErrors = {}
  changes.forEach((change, index) => {
    const located = findClause(agreement.content, change.clauseId)
    if (!located) {
      fields[`changes.${index}.clauseId`] = 'Choose a clause of this agreement'
      return
    }
    const edited = editClause(located.clause, change)
    if (!edited.success) for (const [path, message] of Object.entries(edited.fields)) fields[`changes.${index}.${path}`] = message
  })
  if (Object.keys(fields).length > 0) {
    throw new AppError('validation', { message: Object.values(fields)[0] ?? 'Check the changed values', details: { fields } })
  }
  const variationId = new Types.ObjectId()
  // The proposal and its audit event are saved together or not at all.
  return inTransaction(async (session) => {
    const updated = await Agreement.findOneAndUpdate(
      { _id: agreement._id, status: { $in: ['active', 'expiring'] } },
      {
        $push: {
          variations: { _id: variationId, summary, proposedBy: actor.id, proposedByName: actor.name, proposedAt: new Date(), changes, agreedBy: [], status: 'proposed', resultingVersion: null },
          history: historyEntry(actor, 'agreement.variation_proposed', `${actor.name} proposed a variation: ${summary}`),
        },
      },
      { returnDocument: 'after', session },
    ).lean()
    if (!updated) throw new AppError('conflict', { message: 'Only an agreement in force can be varied' })
    await recordAuditEvent({
      actor,
      organisationId: String(agreement.authority),
      authorityId: String(agreement.authority),
      action: 'agreement.variation_proposed',
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: ${actor.name} proposed a variation: ${summary}`,
      session,
    })
    return { agreement: updated, variationId: String(variationId) }
  })
}
