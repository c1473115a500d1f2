import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { transitionAgreement } from '#app/services/agreements/transition-agreement.server'
import { sendForSignature } from '#app/services/signing/send-for-signature.server'
import { type TActor } from '#app/utils/actor.server'

export type TChangeAgreementStatusOptions = { actor: TActor; agreementId: string; input: unknown }

/** The one entry for status changes asked for by a person (page or API). Sending for signature
 * must also store the document to sign and bind each signature block to its signatory, or the
 * agreement could never be signed, so that move goes through the signing service. */
export async function changeAgreementStatus({ actor, agreementId, input }: TChangeAgreementStatusOptions) {
  if (!isSendForSignature(input)) return transitionAgreement({ actor, agreementId, input })
  await sendForSignature({ actor, agreementId, input: { order: (input as { order?: unknown }).order } })
  return getAgreement({ actor, agreementId })
}

function isSendForSignature(input: unknown) {
  return typeof input === 'object' && input !== null && (input as { to?: unknown }).to === 'out_for_signature'
}
