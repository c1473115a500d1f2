import { z } from 'zod'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { type TAgreement } from '#models/agreement'
import { SigningRequest, type TSignatory, type TSigningRequest } from '#models/signing-request'
import { completeSigning } from './complete-signing.server'
import { findOpenSigningRequest } from './find-signing-request.server'
import { findSigningLink } from './find-signing-link.server'
import { maySignFor, signatoriesDue } from './signatory-access.server'

const ZSignSchema = z.object({
  consent: z.literal(['on', 'true', true], { error: 'Confirm that you agree to sign electronically' }),
  name: z.string().trim().min(2, 'Type your full name to sign').max(200),
  title: z.string().trim().min(2, 'Enter your job title').max(200),
  /** The SHA-256 of the PDF the signatory reviewed: a stale page cannot sign a different document. */
  documentSha256: z.string().regex(/^[0-9a-f]{64}$/, 'The document to sign is missing; reload the page'),
})

/** A signed-in signatory (actor and agreement), or one without an account holding a signing link. */
type TSigner = { actor: TActor; agreementId: string } | { signingLinkToken: string }

export type TSignAgreementOptions = TSigner & {
  input: unknown
  /** Evidence for the signature certificate. */
  client: { ip: string; userAgent: string }
}

/** A signatory signs by typed name, in turn; the last signature completes and seals the agreement. */
export async function signAgreement(options: TSignAgreementOptions) {
  // Validate the form before looking anything up, so a mistake in it is reported first.
  parseWith(ZSignSchema, options.input)
  if ('signingLinkToken' in options) {
    const { agreement, request, signatory, link } = await findSigningLink({ token: options.signingLinkToken })
    return recordSignature({ ...options, actor: null, agreement, request, signatory, linkTokenHash: link.tokenHash, via: `signing link sent to ${link.email}` })
  }
  const { actor, agreementId } = options
  const { agreement, request } = await findOpenSigningRequest({ actor, agreementId })
  const mine = request.signatories.filter((signatory) => signatory.status === 'waiting' && maySignFor(actor, agreement, signatory))
  if (mine.length === 0) throw new AppError('forbidden', { message: 'You are not a signatory still to sign this agreement' })
  const due = new Set(signatoriesDue(request).map((signatory) => signatory.slotId))
  const signatory = mine.find((candidate) => due.has(candidate.slotId))
  if (!signatory) throw new AppError('conflict', { message: 'It is not your turn to sign yet: the signatories before you must sign first' })
  return recordSignature({ ...options, actor, agreement, request, signatory, linkTokenHash: null, via: null })
}

type TRecordSignatureOptions = Omit<TSignAgreementOptions, keyof TSigner> & {
  actor: TActor | null
  agreement: TAgreement
  request: TSigningRequest
  signatory: TSignatory
  /** Set when signing through a link: the link must still be unused, and is marked used with the signature. */
  linkTokenHash: string | null
  via: string | null
}

async function recordSignature({ actor, agreement, request, signatory, linkTokenHash, via, input, client }: TRecordSignatureOptions) {
  const { name, title, documentSha256 } = parseWith(ZSignSchema, input)
  if (documentSha256 !== request.documentSha256) throw new AppError('conflict', { message: 'The document has changed since you opened it; reload the page and review it again' })

  const slot = request.signatories.indexOf(signatory)
  const at = new Date()
  const signature = { user: actor?.id ?? null, name, title, organisationName: signatory.organisationName, at, ip: client.ip, userAgent: client.userAgent, method: 'typed' as const, documentSha256 }
  const step = {
    at,
    event: 'Signed',
    actor: `${name}, ${title}, ${signatory.organisationName}`,
    details: [`Signed for the ${signatory.party} as ${signatory.role}`, 'Consented to sign electronically; typed signature', ...(via ? [`Signed through a ${via}`] : []), `IP address: ${client.ip || 'unknown'}`, `User agent: ${client.userAgent || 'unknown'}`],
    documentSha256,
  }
  // The waiting status in the filter makes a double submission fail instead of signing twice.
  const linkFilter = linkTokenHash ? { [`signatories.${slot}.link.tokenHash`]: linkTokenHash, [`signatories.${slot}.link.usedAt`]: null } : {}
  const linkUsed = linkTokenHash ? { [`signatories.${slot}.link.usedAt`]: at } : {}
  const updated = await SigningRequest.findOneAndUpdate(
    { _id: request._id, status: 'in_progress', [`signatories.${slot}.slotId`]: signatory.slotId, [`signatories.${slot}.status`]: 'waiting', ...linkFilter },
    { $set: { [`signatories.${slot}.status`]: 'signed', [`signatories.${slot}.signature`]: signature, ...linkUsed }, $push: { steps: step } },
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
