import { z } from 'zod'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { parseWith } from '#app/utils/validation'
import { Agreement, historyEntry, type TAgreement } from '#models/agreement'
import { recordAuditEvent } from '#models/audit-event'
import { SigningRequest, type TSignatory, type TSigningRequest } from '#models/signing-request'
import { findSigningLink } from './find-signing-link.server'
import { findOpenSigningRequest } from './find-signing-request.server'
import { maySignFor } from './signatory-access.server'

const NO_REASON = 'Say why you are declining to sign, so the commissioner knows what to change'
const ZDeclineSchema = z.object({ reason: z.string({ error: NO_REASON }).trim().min(5, NO_REASON).max(2000, 'Keep the reason to 2,000 characters or fewer') })

/** A signed-in signatory (actor and agreement), or one without an account holding a signing link. */
type TDecliner = { actor: TActor; agreementId: string } | { signingLinkToken: string }

/** A signatory declines with a reason: the signing ends and the agreement goes back to draft. */
export async function declineSigning(options: TDecliner & { input: unknown }) {
  const { reason } = parseWith(ZDeclineSchema, options.input)
  if ('signingLinkToken' in options) {
    // The link is consumed by declining, as by signing: it cannot be used again.
    const { agreement, request, signatory, link } = await findSigningLink({ token: options.signingLinkToken })
    return recordDecline({ actor: null, name: link.name, agreement, request, signatory, reason, linkTokenHash: link.tokenHash, linkEmail: link.email, via: `a signing link sent to ${link.email}` })
  }
  const { actor, agreementId } = options
  const { agreement, request } = await findOpenSigningRequest({ actor, agreementId })
  const signatory = request.signatories.find((candidate) => candidate.status === 'waiting' && maySignFor(actor, agreement, candidate))
  if (!signatory) throw new AppError('forbidden', { message: 'You are not a signatory still to sign this agreement' })
  return recordDecline({ actor, name: actor.name, agreement, request, signatory, reason, linkTokenHash: null, linkEmail: null, via: null })
}

type TRecordDeclineOptions = {
  actor: TActor | null
  /** Who declined: the user, or the person the signing link was sent to. */
  name: string
  agreement: TAgreement
  request: TSigningRequest
  signatory: TSignatory
  reason: string
  linkTokenHash: string | null
  /** Where the link was sent: with the name, who the audit trail says declined. */
  linkEmail: string | null
  via: string | null
}

async function recordDecline({ actor, name, agreement, request, signatory, reason, linkTokenHash, linkEmail, via }: TRecordDeclineOptions) {
  const slot = request.signatories.indexOf(signatory)
  const at = new Date()
  const step = { at, event: 'Declined', actor: `${name}, ${signatory.organisationName}`, details: [`Reason: ${reason}`, ...(via ? [`Declined through ${via}`] : [])], documentSha256: request.documentSha256 }
  const linkFilter = linkTokenHash ? { [`signatories.${slot}.link.tokenHash`]: linkTokenHash, [`signatories.${slot}.link.usedAt`]: null } : {}
  const linkUsed = linkTokenHash ? { [`signatories.${slot}.link.usedAt`]: at } : {}
  const declined = await SigningRequest.findOneAndUpdate(
    { _id: request._id, status: 'in_progress', [`signatories.${slot}.slotId`]: signatory.slotId, [`signatories.${slot}.status`]: 'waiting', ...linkFilter },
    { $set: { status: 'declined', [`signatories.${slot}.status`]: 'declined', [`signatories.${slot}.declineReason`]: reason, ...linkUsed }, $push: { steps: step } },
    { returnDocument: 'after' },
  ).lean()
  if (!declined) throw new AppError('conflict', { message: 'The signing has already ended' })
  const summary = `${name} (${signatory.organisationName}) declined to sign: “${reason}”`
  // A review comment needs an author with an account; a link signatory's reason is in the history and on the signing page.
  const comment = actor ? { 'review.comments': { clauseId: null, author: actor.id, authorName: actor.name, text: reason, at, resolved: false } } : {}
  await Agreement.updateOne(
    { _id: agreement._id, status: 'out_for_signature' },
    {
      $set: { status: 'draft' },
      $push: {
        history: { ...historyEntry(actor, 'agreement.draft', summary, { fromStatus: 'out_for_signature', toStatus: 'draft' }), actorName: name },
        ...comment,
      },
    },
  )
  await recordAuditEvent({
    actor: actor ?? (linkEmail ? { id: null, email: linkEmail, name } : null),
    organisationId: String(signatory.organisation),
    authorityId: String(agreement.authority),
    action: 'signing.declined',
    subject: { type: 'Agreement', id: String(agreement._id) },
    summary: `${agreement.reference}: ${summary}${via ? ` (through ${via})` : ''}`,
  })
  return declined
}
