import { type TActor } from '#app/utils/actor.server'
import { assertCan } from '#app/utils/permissions.server'
import { NEW_AUTHORITY } from '#app/utils/platform-admin.server'
import { Organisation } from '#models/organisation'
import { User } from '#models/user'

export type TListAuthoritiesOptions = { actor: TActor }

/**
 * Every local authority with its administrators' names and emails, and whether each has chosen a
 * password yet (so a lost first link can be replaced): what the platform administrator needs, and
 * nothing else of the authority.
 */
export async function listAuthorities({ actor }: TListAuthoritiesOptions) {
  assertCan(actor, 'read', NEW_AUTHORITY)
  const authorities = await Organisation.find({ kind: 'local_authority' }).select({ name: 1, createdAt: 1 }).sort({ name: 1 }).lean()
  const ids = authorities.map((authority) => authority._id)
  const admins = await User.find({ memberships: { $elemMatch: { role: 'admin', authority: { $in: ids } } } })
    .select({ name: 1, email: 1, memberships: 1, passwordHash: 1, deactivatedAt: 1 })
    .sort({ name: 1 })
    .lean()
  return authorities.map((authority) => ({
    id: String(authority._id),
    name: authority.name,
    createdAt: authority.createdAt ? new Date(authority.createdAt).toISOString() : null,
    admins: admins
      .filter((admin) => admin.memberships.some((membership) => membership.role === 'admin' && String(membership.authority) === String(authority._id)))
      .map((admin) => ({ id: String(admin._id), name: admin.name, email: admin.email, hasPassword: Boolean(admin.passwordHash), deactivated: Boolean(admin.deactivatedAt) })),
  }))
}
