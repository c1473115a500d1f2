import { ZPartyDetailsSchema } from '#app/schemas/agreement'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { Agreement, agreementSubject, historyEntry } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { getAgreement } from './get-agreement.server'

export type TUpdateAgreementPartiesOptions = {
  actor: TActor
  agreementId: string
  input: unknown
}

/** Names and notice addresses of the parties, where the template leaves them blank ("THE GOVERNING
 * BODY OF xxx"), and the agreement's named details its wording writes (the District). */
export async function updateAgreementParties({ actor, agreementId, input }: TUpdateAgreementPartiesOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'update', agreementSubject(agreement))
  const { partyDetails = agreement.partyDetails, details = {} } = parseWith(ZPartyDetailsSchema, input)
  if (partyDetails.length !== agreement.partyDetails.length) {
    throw new AppError('validation', { message: 'Give a name for every party' })
  }
  const known = new Set((agreement.content.details ?? []).map((detail) => detail.key))
  const unknown = Object.keys(details).find((key) => !known.has(key))
  if (unknown) {
    const message = `This agreement has no detail called "${unknown}"`
    throw new AppError('validation', { message, details: { fields: { [`details.${unknown}`]: message } } })
  }
  const updatedParties = agreement.partyDetails.map((party, index) => {
    const { noticeAddress: _oldAddress, ...rest } = party
    const { name, noticeAddress } = partyDetails[index]
    return { ...rest, name, ...(noticeAddress ? { noticeAddress } : {}) }
  })
  const content = { ...agreement.content, ...(agreement.content.details ? { details: agreement.content.details.map((detail) => ({ ...detail, value: details[detail.key] ?? detail.value })) } : {}) }
  const summary = `${actor.name} changed the parties’ names and notice addresses${Object.keys(details).length > 0 ? ' and the agreement’s details' : ''}`
  // The change and its audit event are saved together or not at all.
  return inTransaction(async (session) => {
    const updated = await Agreement.findOneAndUpdate(
      { _id: agreement._id, status: 'draft' },
      { $set: { partyDetails: updatedParties, content }, $push: { history: historyEntry(actor, 'agreement.parties_updated', summary) } },
      { returnDocument: 'after', session },
    ).lean()
    if (!updated) throw new AppError('conflict', { message: 'Only a draft can be edited, and this agreement is no longer a draft' })
    await recordAuditEvent({
      actor,
      organisationId: String(agreement.authority),
      authorityId: String(agreement.authority),
      action: 'agreement.parties_updated',
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: ${summary}`,
      session,
    })
    return updated
  })
}
