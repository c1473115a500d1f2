import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { User } from '#models/user'
import { getUserForActor } from './get-user.server'

export type TSetUserActiveOptions = {
  actor: TActor
  userId: string
  active: boolean
}

/**
 * Deactivates someone who has left (they can no longer sign in or use their API tokens, and every
 * session they have open ends), or lets them back in. Their records and audit trail stay.
 */
export async function setUserActive({ actor, userId, active }: TSetUserActiveOptions) {
  const existing = await getUserForActor({ actor, userId })
  assertCan(actor, 'update', asSubject('User', existing))
  if (!active && String(existing._id) === actor.id) {
    throw new AppError('validation', { message: 'You cannot deactivate your own account; ask another administrator' })
  }
  if (Boolean(existing.deactivatedAt) === !active) return existing
  const change = active ? { $set: { deactivatedAt: null } } : { $set: { deactivatedAt: new Date() }, $inc: { sessionGeneration: 1 } }
  const [membership] = existing.memberships
  return inTransaction(async (session) => {
    const updated = await User.findByIdAndUpdate(existing._id, change, { returnDocument: 'after', session }).select('-passwordHash').lean()
    if (!updated) throw new AppError('not_found', { message: 'User not found' })
    await recordAuditEvent({
      actor,
      organisationId: membership ? String(membership.organisation) : null,
      authorityId: membership ? String(membership.authority) : null,
      action: active ? 'user.reactivated' : 'user.deactivated',
      subject: { type: 'User', id: String(existing._id) },
      summary: active ? `${actor.name} reactivated ${existing.name}` : `${actor.name} deactivated ${existing.name}; their open sessions were ended`,
      session,
    })
    return updated
  })
}
