import { accessibleBy } from '@casl/mongoose'
import { type TActor } from '#app/utils/actor.server'
import { Agreement, type TAgreement } from '#models/agreement'

export type TListAgreementVersionsOptions = {
  actor: TActor
  agreement: Pick<TAgreement, 'originalAgreement'>
}

/** Every version of the agreement the actor may read, oldest first, with their histories and variations. */
export function listAgreementVersions({ actor, agreement }: TListAgreementVersionsOptions) {
  return Agreement.find({ $and: [{ originalAgreement: agreement.originalAgreement }, accessibleBy(actor.ability, 'read').ofType('Agreement')] })
    .select({ content: 0 })
    .sort({ version: 1 })
    .lean()
}
