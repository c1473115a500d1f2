import { accessibleBy } from '@casl/mongoose'
import { type TActor } from '#app/utils/actor.server'
import { Organisation } from '#models/organisation'

export type TListOrganisationsOptions = {
  actor: TActor
}

/** Every organisation the actor may read, authorities first; the rules become part of the query. */
export function listOrganisations({ actor }: TListOrganisationsOptions) {
  return Organisation.find(accessibleBy(actor.ability, 'read').ofType('Organisation'))
    .sort({ kind: 1, name: 1 })
    .lean()
}
