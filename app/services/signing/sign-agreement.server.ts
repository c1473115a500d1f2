import { z } from 'zod'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { SigningRequest } from '#models/signing-request'
import { completeSigning } from './complete-signing.server'
import { findOpenSigningRequest } from './find-signing-request.server'
import { maySignFor, signatoriesDue } from './signatory-access.server'

const ZSignSchema = z.object({
  consent: z.literal(['on', 'true', true], { error: 'Confirm that you agree to sign electronically' }),
  name: z.string().trim().min(2, 'Type your full name to sign').max(200),
  title: z.string().trim().min(2, 'Enter your job title').max(200),
  /** The SHA-256 of the PDF the signatory reviewed: a stale page cannot sign a different document. */
  documentSha256: z.string().regex(/^[0-9a-f]{64}$/, 'The document to sign is missing; reload the page'),
})

export type TSignAgreementOptions = {
  actor: TActor
  agreementId: string
  input: unknown
  /** Evidence for the signature certificate. */
  client: { ip: string; userAgent: string }
}

/** A signatory signs by typed name, in turn; the last signature completes and seals the agreement. */
export async function signAgreement({ actor, agreementId, input, client }: TSignAgreementOptions) {
  const { name, title, documentSha256 } = parseWith(ZSignSchema, input)
  const { agreement, request } = await findOpenSigningRequest({ actor, agreementId })
  const mine = request.signatories.filter((signatory) => signatory.status === 'waiting' && maySignFor(actor, agreement, signatory))
  if (mine.length === 0) throw new AppError('forbidden', { message: 'You are not a signatory still to sign this agreement' })
  const due = new Set(signatoriesDue(request).map((signatory) => signatory.slotId))
  const signatory = mine.find((candidate) => due.has(candidate.slotId))
  if (!signatory) throw new AppError('conflict', { message: 'It is not your turn to sign yet: the signatories before you must sign first' })
  if (documentSha256 !== request.documentSha256) throw new AppError('conflict', { message: 'The document has changed since you opened it; reload the page and review it again' })

  const slot = request.signatories.indexOf(signatory)
  const at = new Date()
  const signature = { user: actor.id, name, title, organisationName: signatory.organisationName, at, ip: client.ip, userAgent: client.userAgent, method: 'typed' as const, documentSha256 }
  const step = {
    at,
    event: 'Signed',
    actor: `${name}, ${title}, ${signatory.organisationName}`,
    details: [`Signed for the ${signatory.party} as ${signatory.role}`, 'Consented to sign electronically; typed signature', `IP address: ${client.ip || 'unknown'}`, `User agent: ${client.userAgent || 'unknown'}`],
    documentSha256,
  }
  // The waiting status in the filter makes a double submission fail instead of signing twice.
  const updated = await SigningRequest.findOneAndUpdate(
    { _id: request._id, status: 'in_progress', [`signatories.${slot}.slotId`]: signatory.slotId, [`signatories.${slot}.status`]: 'waiting' },
    { $set: { [`signatories.${slot}.status`]: 'signed', [`signatories.${slot}.signature`]: signature }, $push: { steps: step } },
    { returnDocument: 'after' },
  ).lean()
  if (!updated) throw new AppError('conflict', { message: 'This signature was already recorded' })
  await recordAuditEvent({
    actor,
    organisationId: String(signatory.organisation),
    authorityId: String(agreement.authority),
    action: 'signing.signed',
    subject: { type: 'Agreement', id: String(agreement._id) },
    summary: `${agreement.reference}: signed by ${name} (${title}, ${signatory.organisationName}); document SHA-256 ${documentSha256}`,
  })
  if (updated.signatories.every((candidate) => candidate.status === 'signed')) return completeSigning({ agreement, request: updated })
  return updated
}
