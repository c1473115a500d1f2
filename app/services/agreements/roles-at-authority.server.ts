import { type TActor } from '#app/utils/actor.server'
import { type TRole } from '#models/access/roles'

/** The roles the actor holds as staff of this authority (not as a provider or school under it). */
export function rolesAtAuthority(actor: TActor, authorityId: string): TRole[] {
  return actor.memberships
    .filter((membership) => membership.authorityId === authorityId && membership.organisationId === authorityId)
    .map((membership) => membership.role)
}
