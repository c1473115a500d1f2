import { ZUpdateUserSchema } from '#app/schemas/user'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { User } from '#models/user'
import { getUserForActor } from './get-user.server'
import { assertCanManageMemberships, resolveMemberships, type TMembershipRecord } from './user-memberships.server'

export type TUpdateUserOptions = {
  actor: TActor
  userId: string
  input: unknown
}

const key = (membership: TMembershipRecord) => `${membership.organisation}:${membership.role}`

/** Changes a person's name and memberships; the admin may only add or remove memberships of their own authority. */
export async function updateUser({ actor, userId, input }: TUpdateUserOptions) {
  const existing = await getUserForActor({ actor, userId })
  assertCan(actor, 'update', asSubject('User', existing))
  const values = parseWith(ZUpdateUserSchema, input)
  const memberships = await resolveMemberships({ actor, memberships: values.memberships, fieldPrefix: 'memberships' })
  const unique = [...new Map(memberships.map((membership) => [key(membership), membership])).values()]

  const before = existing.memberships.map((membership) => ({
    organisation: String(membership.organisation),
    authority: String(membership.authority),
    role: membership.role,
  }))
  const beforeKeys = new Set(before.map(key))
  const afterKeys = new Set(unique.map(key))
  const added = unique.filter((membership) => !beforeKeys.has(key(membership)))
  const removed = before.filter((membership) => !afterKeys.has(key(membership)))
  assertCanManageMemberships(actor, [...added, ...removed])
  if (String(existing._id) === actor.id && removed.some((membership) => membership.role === 'admin')) {
    const message = 'You cannot remove your own administrator role; ask another administrator'
    throw new AppError('validation', { message, details: { fields: { memberships: message } } })
  }

  // A removed role ends the person's open sessions, so nothing they had open carries on under it.
  const endSessions = removed.length > 0 ? { $inc: { sessionGeneration: 1 } } : {}
  const [first] = unique
  return inTransaction(async (session) => {
    const updated = await User.findByIdAndUpdate(existing._id, { $set: { name: values.name, memberships: unique }, ...endSessions }, { returnDocument: 'after', session })
      .select('-passwordHash')
      .lean()
    if (!updated) throw new AppError('not_found', { message: 'User not found' })
    const ended = removed.length > 0 ? '; their open sessions were ended' : ''
    await recordAuditEvent({
      actor,
      organisationId: first.organisation,
      authorityId: first.authority,
      action: 'user.updated',
      subject: { type: 'User', id: String(updated._id) },
      summary: `${actor.name} updated ${updated.name}: ${added.length} role(s) added, ${removed.length} removed${ended}`,
      session,
    })
    return updated
  })
}
