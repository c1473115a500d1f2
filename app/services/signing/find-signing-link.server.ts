import { AppError } from '#app/utils/app-error'
import { Agreement } from '#models/agreement'
import { SigningRequest } from '#models/signing-request'
import { hashSigningLinkToken } from './issue-signing-link.server'
import { signatoriesDue } from './signatory-access.server'

// 410 Gone: the link existed but can no longer be used.
const GONE = 410

/** The agreement, open signing request and signatory a signing link stands for; refused unless it is unused, unexpired and that signatory's turn. */
export async function findSigningLink({ token }: { token: string }) {
  const tokenHash = hashSigningLinkToken(token)
  const request = await SigningRequest.findOne({ 'signatories.link.tokenHash': tokenHash }).lean()
  const signatory = request?.signatories.find((candidate) => candidate.link?.tokenHash === tokenHash)
  if (!request || !signatory?.link) throw new AppError('not_found', { message: 'This signing link is not valid. Ask the commissioner for a new one.' })
  if (signatory.link.usedAt || signatory.status !== 'waiting') throw new AppError('not_found', { status: GONE, message: 'This signing link has already been used.' })
  if (signatory.link.expiresAt.getTime() <= Date.now()) throw new AppError('not_found', { status: GONE, message: 'This signing link has expired. Ask the commissioner for a new one.' })
  const agreement = await Agreement.findById(request.agreement).lean()
  if (!agreement || request.status !== 'in_progress' || agreement.status !== 'out_for_signature') throw new AppError('not_found', { status: GONE, message: 'This agreement is no longer out for signature.' })
  if (!signatoriesDue(request).some((candidate) => candidate.slotId === signatory.slotId)) throw new AppError('conflict', { message: 'It is not your turn to sign yet: the signatories before you must sign first. Try the link again later.' })
  return { agreement, request, signatory, link: signatory.link }
}
