import { listOrganisations } from '#app/services/list-organisations.server'
import { ORGANISATION_KIND_LABELS } from '#models/access/organisation-kinds'
import { type TActor } from './actor.server'
import { ROLE_LABELS, ROLES } from '#models/access/roles'

/** Organisations and roles an administrator can hand out, for the user forms' select lists. */
export async function membershipOptions(actor: TActor) {
  const organisations = await listOrganisations({ actor })
  return {
    organisations: organisations.map((organisation) => ({
      value: String(organisation._id),
      label: `${organisation.name} (${ORGANISATION_KIND_LABELS[organisation.kind]})`,
    })),
    roles: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
  }
}
