import { accessibleBy } from '@casl/mongoose'
import mongoose from 'mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { Obligation } from '#models/obligation'

export type TGetObligationOptions = {
  actor: TActor
  obligationId: string
}

/** An obligation instance the actor may read; anything else is "not found", so other organisations' ids reveal nothing. */
export async function getObligation({ actor, obligationId }: TGetObligationOptions) {
  const notFound = new AppError('not_found', { message: 'Obligation not found' })
  if (!mongoose.isValidObjectId(obligationId)) throw notFound
  const obligation = await Obligation.findOne({ $and: [{ _id: obligationId }, accessibleBy(actor.ability, 'read').ofType('Obligation')] }).lean()
  if (!obligation) throw notFound
  return obligation
}
