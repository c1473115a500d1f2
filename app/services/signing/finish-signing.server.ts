import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { completeSigning } from './complete-signing.server'
import { findOpenSigningRequest } from './find-signing-request.server'
import { everyPartySigned, mayFinishSigning } from './signatory-access.server'

/**
 * Every party has signed but the completion failed part-way (it keeps nothing of itself, see
 * completeSigning): this makes the sealed PDF and the agreement active, as the last signature would have.
 */
export async function finishSigning({ actor, agreementId }: { actor: TActor; agreementId: string }) {
  const { agreement, request } = await findOpenSigningRequest({ actor, agreementId })
  if (!mayFinishSigning(actor, agreement, request)) throw new AppError('forbidden', { message: 'Only the authority’s commissioners and the signatories can finish the signing' })
  if (!everyPartySigned(request)) throw new AppError('conflict', { message: 'Not every party has signed yet' })
  return completeSigning({ agreement, request })
}
