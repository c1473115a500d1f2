import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { SigningRequest } from '#models/signing-request'
import { readSigningFile } from './agreement-files.server'
import type { TAgreementFile } from './get-agreement-file.server'

/** The exact PDF stored when the agreement was sent for signature: the bytes whose SHA-256 each signature records. */
export async function getDocumentToSign({ actor, agreementId }: { actor: TActor; agreementId: string }): Promise<TAgreementFile> {
  const agreement = await getAgreement({ actor, agreementId })
  const request = await SigningRequest.findOne({ agreement: agreement._id }).sort({ createdAt: -1 }).lean()
  if (!request) throw new AppError('not_found', { message: 'This agreement has not been sent for signature' })
  return { bytes: await readSigningFile(request.documentStoreKey), fileName: `${agreement.reference}-v${agreement.version}-to-sign.pdf`, contentType: 'application/pdf' }
}
