import { accessibleBy } from '@casl/mongoose'
import mongoose from 'mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { Organisation } from '#models/organisation'

export type TGetOrganisationForActorOptions = {
  actor: TActor
  organisationId: string
}

/** An organisation the actor may read; anything else is "not found", so other tenants' ids reveal nothing. */
export async function getOrganisationForActor({ actor, organisationId }: TGetOrganisationForActorOptions) {
  const notFound = new AppError('not_found', { message: 'Organisation not found' })
  if (!mongoose.isValidObjectId(organisationId)) throw notFound
  const organisation = await Organisation.findOne({
    $and: [{ _id: organisationId }, accessibleBy(actor.ability, 'read').ofType('Organisation')],
  }).lean()
  if (!organisation) throw notFound
  return organisation
}
