import { AppError, isAppError } from '#app/utils/app-error'
import { Agreement } from '#models/agreement'
import { Organisation } from '#models/organisation'
import { SigningRequest, type TSignatory, type TSigningLink, type TSigningRequest } from '#models/signing-request'
import { hashSigningLinkToken } from './issue-signing-link.server'
import { signatoriesDue } from './signatory-access.server'

// 410 Gone: the link existed but can no longer be used.
const GONE = 410

/** Why a signing link no longer opens, told to the person holding it: what happened and whom to ask. */
export type TUnusableSigningLink = {
  reason: 'signed' | 'declined' | 'expired' | 'closed'
  /** When it was signed, declined or expired; absent when the signing was closed by others. */
  on: string | null
  reference: string
  title: string
  contact: { authority: string; email: string; sentBy: string | null }
}

/** The agreement, open signing request and signatory a signing link stands for; refused unless it is unused, unexpired and that signatory's turn. */
export async function findSigningLink({ token }: { token: string }) {
  const tokenHash = hashSigningLinkToken(token)
  const request = await SigningRequest.findOne({ 'signatories.link.tokenHash': tokenHash }).lean()
  const signatory = request?.signatories.find((candidate) => candidate.link?.tokenHash === tokenHash)
  if (!request || !signatory?.link) throw new AppError('not_found', { message: 'This signing link is not valid. Ask the commissioner for a new one.' })
  if (signatory.link.usedAt || signatory.status !== 'waiting') throw await gone(request, signatory, signatory.link, 'This signing link has already been used.')
  if (signatory.link.expiresAt.getTime() <= Date.now()) throw await gone(request, signatory, signatory.link, 'This signing link has expired. Ask the commissioner for a new one.')
  const agreement = await Agreement.findById(request.agreement).lean()
  if (!agreement || request.status !== 'in_progress' || agreement.status !== 'out_for_signature') throw await gone(request, signatory, signatory.link, 'This agreement is no longer out for signature.')
  if (!signatoriesDue(request).some((candidate) => candidate.slotId === signatory.slotId)) throw new AppError('conflict', { message: 'It is not your turn to sign yet: the signatories before you must sign first. Try the link again later.' })
  return { agreement, request, signatory, link: signatory.link }
}

async function gone(request: TSigningRequest, signatory: TSignatory, link: TSigningLink, message: string) {
  const authority = await Organisation.findById(request.authority, { name: 1, 'address.email': 1 }).lean()
  const agreement = await Agreement.findById(request.agreement, { title: 1 }).lean()
  const unusable: TUnusableSigningLink = {
    ...whatHappened(signatory, link),
    reference: request.reference,
    title: agreement?.title ?? '',
    contact: { authority: authority?.name ?? '', email: authority?.address?.email ?? '', sentBy: request.steps.find((step) => step.event === 'Sent for signature')?.actor ?? null },
  }
  return new AppError('not_found', { status: GONE, message, details: { unusableSigningLink: unusable } })
}

function whatHappened(signatory: TSignatory, link: TSigningLink): Pick<TUnusableSigningLink, 'reason' | 'on'> {
  if (signatory.status === 'signed') return { reason: 'signed', on: signatory.signature?.at.toISOString() ?? link.usedAt?.toISOString() ?? null }
  if (signatory.status === 'declined') return { reason: 'declined', on: link.usedAt?.toISOString() ?? null }
  if (link.expiresAt.getTime() <= Date.now()) return { reason: 'expired', on: link.expiresAt.toISOString() }
  return { reason: 'closed', on: null }
}

/** The account of a link that no longer opens, when that is what `error` is. */
export function unusableSigningLink(error: unknown): TUnusableSigningLink | undefined {
  if (!isAppError(error) || error.status !== GONE) return undefined
  return error.details?.unusableSigningLink as TUnusableSigningLink | undefined
}
