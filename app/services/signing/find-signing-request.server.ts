import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { SigningRequest } from '#models/signing-request'

/** The agreement (as the actor may read it) and its signing request still in progress. */
export async function findOpenSigningRequest({ actor, agreementId }: { actor: TActor; agreementId: string }) {
  const agreement = await getAgreement({ actor, agreementId })
  const request = await SigningRequest.findOne({ agreement: agreement._id, status: 'in_progress' }).sort({ createdAt: -1 }).lean()
  if (!request || agreement.status !== 'out_for_signature') throw new AppError('conflict', { message: 'This agreement is not out for signature' })
  return { agreement, request }
}
