import { z } from 'zod'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { parseWith } from '#app/utils/validation'
import { Agreement, historyEntry } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { SigningRequest } from '#models/signing-request'
import { findOpenSigningRequest } from './find-signing-request.server'
import { maySignFor } from './signatory-access.server'

const ZDeclineSchema = z.object({ reason: z.string().trim().min(5, 'Say why you are declining to sign, so the commissioner knows what to change').max(2000) })

/** A signatory declines with a reason: the signing ends and the agreement goes back to draft. */
export async function declineSigning({ actor, agreementId, input }: { actor: TActor; agreementId: string; input: unknown }) {
  const { reason } = parseWith(ZDeclineSchema, input)
  const { agreement, request } = await findOpenSigningRequest({ actor, agreementId })
  const signatory = request.signatories.find((candidate) => candidate.status === 'waiting' && maySignFor(actor, agreement, candidate))
  if (!signatory) throw new AppError('forbidden', { message: 'You are not a signatory still to sign this agreement' })

  const slot = request.signatories.indexOf(signatory)
  const at = new Date()
  const step = { at, event: 'Declined', actor: `${actor.name}, ${signatory.organisationName}`, details: [`Reason: ${reason}`], documentSha256: request.documentSha256 }
  const declined = await SigningRequest.findOneAndUpdate(
    { _id: request._id, status: 'in_progress', [`signatories.${slot}.slotId`]: signatory.slotId, [`signatories.${slot}.status`]: 'waiting' },
    { $set: { status: 'declined', [`signatories.${slot}.status`]: 'declined', [`signatories.${slot}.declineReason`]: reason }, $push: { steps: step } },
    { returnDocument: 'after' },
  ).lean()
  if (!declined) throw new AppError('conflict', { message: 'The signing has already ended' })
  const summary = `${actor.name} (${signatory.organisationName}) declined to sign: “${reason}”`
  await Agreement.updateOne(
    { _id: agreement._id, status: 'out_for_signature' },
    {
      $set: { status: 'draft' },
      $push: {
        history: historyEntry(actor, 'agreement.draft', summary, { fromStatus: 'out_for_signature', toStatus: 'draft' }),
        'review.comments': { clauseId: null, author: actor.id, authorName: actor.name, text: reason, at, resolved: false },
      },
    },
  )
  await recordAuditEvent({
    actor,
    organisationId: String(signatory.organisation),
    authorityId: String(agreement.authority),
    action: 'signing.declined',
    subject: { type: 'Agreement', id: String(agreement._id) },
    summary: `${agreement.reference}: ${summary}`,
  })
  return declined
}
