import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { type TActor } from '#app/utils/actor.server'
import { AgreementEvent } from '#models/agreement-event'

export type TListAgreementEventsOptions = {
  actor: TActor
  agreementId: string
}

/** The events recorded against an agreement the actor may read, or against its original version (as its timeline uses them), oldest first. */
export async function listAgreementEvents({ actor, agreementId }: TListAgreementEventsOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  return AgreementEvent.find({ agreement: { $in: [agreement._id, agreement.originalAgreement ?? agreement._id] } }).sort({ occurredOn: 1, recordedAt: 1 }).lean()
}
