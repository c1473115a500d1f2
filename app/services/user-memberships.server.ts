import mongoose from 'mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { AUTHORITY_ROLES, ROLE_LABELS, type TRole } from '#models/access/roles'
import { authorityIdOf, Organisation } from '#models/organisation'
import { assertCan } from '#app/utils/permissions.server'
import { asSubject } from '#models/access/subjects'

export type TMembershipRecord = { organisation: string; authority: string; role: TRole }

export type TResolveMembershipsOptions = {
  actor: TActor
  memberships: { organisation: string; role: TRole }[]
  /** Prefix for field paths in errors, e.g. `memberships` gives `memberships.0.organisation`. */
  fieldPrefix?: string
}

/**
 * Looks up each membership's organisation, fills in its authority, and checks the role fits the
 * organisation: authority staff roles belong to a local authority, provider roles to the others.
 */
export async function resolveMemberships({ actor, memberships, fieldPrefix }: TResolveMembershipsOptions) {
  const field = (index: number, name: string) => (fieldPrefix ? `${fieldPrefix}.${index}.${name}` : name)
  const resolved: TMembershipRecord[] = []
  for (const [index, membership] of memberships.entries()) {
    const fail = (name: string, message: string) =>
      new AppError('validation', { message, details: { fields: { [field(index, name)]: message } } })
    if (!mongoose.isValidObjectId(membership.organisation)) throw fail('organisation', 'Select an organisation')
    const organisation = await Organisation.findById(membership.organisation).lean()
    if (!organisation) throw fail('organisation', 'Select an organisation')
    const isAuthority = organisation.kind === 'local_authority'
    if (AUTHORITY_ROLES.includes(membership.role) !== isAuthority) {
      const message = isAuthority
        ? `${ROLE_LABELS[membership.role]} is not a role for local authority staff`
        : `${ROLE_LABELS[membership.role]} is a role for local authority staff only`
      throw fail('role', message)
    }
    const record = { organisation: String(organisation._id), authority: authorityIdOf(organisation), role: membership.role }
    resolved.push(record)
  }
  return resolved
}

/** Every membership granted or removed must be one the actor may manage. */
export function assertCanManageMemberships(actor: TActor, memberships: TMembershipRecord[]) {
  for (const membership of memberships) {
    assertCan(actor, 'update', asSubject('User', { _id: '', memberships: [membership] }))
  }
}
