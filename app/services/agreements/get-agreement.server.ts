import { accessibleBy } from '@casl/mongoose'
import mongoose from 'mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { Agreement } from '#models/agreement'

export type TGetAgreementOptions = {
  actor: TActor
  agreementId: string
}

/** An agreement the actor may read; anything else is "not found", so other tenants' ids reveal nothing. */
export async function getAgreement({ actor, agreementId }: TGetAgreementOptions) {
  const notFound = new AppError('not_found', { message: 'Agreement not found' })
  if (!mongoose.isValidObjectId(agreementId)) throw notFound
  const agreement = await Agreement.findOne({
    $and: [{ _id: agreementId }, accessibleBy(actor.ability, 'read').ofType('Agreement')],
  }).lean()
  if (!agreement) throw notFound
  return agreement
}
