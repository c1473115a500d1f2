import { z } from 'zod'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { SigningRequest } from '#models/signing-request'
import { findOpenSigningRequest } from './find-signing-request.server'
import { mayIssueSigningLinks } from './signatory-access.server'

const ZRevokeSigningLinkSchema = z.object({ slotId: z.string().trim().min(1, 'Choose the signatory whose link to cancel') })

export type TRevokeSigningLinkOptions = { actor: TActor; agreementId: string; input: unknown }

/** The commissioner cancels a signing link not yet used (sent to the wrong address, or the signatory changed). */
export async function revokeSigningLink({ actor, agreementId, input }: TRevokeSigningLinkOptions) {
  const { slotId } = parseWith(ZRevokeSigningLinkSchema, input)
  const { agreement, request } = await findOpenSigningRequest({ actor, agreementId })
  if (!mayIssueSigningLinks(actor, agreement)) throw new AppError('forbidden', { message: 'Only the commissioner who sent the agreement may cancel signing links' })
  const slot = request.signatories.findIndex((signatory) => signatory.slotId === slotId)
  const signatory = request.signatories[slot]
  if (!signatory?.link || signatory.status !== 'waiting') throw new AppError('conflict', { message: 'There is no unused signing link for this signatory' })
  const updated = await SigningRequest.updateOne(
    { _id: request._id, status: 'in_progress', [`signatories.${slot}.slotId`]: slotId, [`signatories.${slot}.status`]: 'waiting', [`signatories.${slot}.link.tokenHash`]: signatory.link.tokenHash },
    { $set: { [`signatories.${slot}.link`]: null } },
  )
  if (updated.modifiedCount !== 1) throw new AppError('conflict', { message: 'The link was used or replaced meanwhile; reload the page' })
  await recordAuditEvent({
    actor,
    organisationId: String(signatory.organisation),
    authorityId: String(agreement.authority),
    action: 'signing.link_revoked',
    subject: { type: 'Agreement', id: String(agreement._id) },
    summary: `${agreement.reference}: signing link for ${signatory.role} sent to ${signatory.link.name} <${signatory.link.email}> cancelled`,
  })
}
