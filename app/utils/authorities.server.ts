import { listOrganisations } from '#app/services/list-organisations.server'
import { type TActor } from './actor.server'

/** The local authorities the actor can see, for "which authority" select lists. */
export async function authorityOptions(actor: TActor) {
  const organisations = await listOrganisations({ actor })
  return organisations
    .filter((organisation) => organisation.kind === 'local_authority')
    .map((organisation) => ({ id: String(organisation._id), name: organisation.name }))
}
