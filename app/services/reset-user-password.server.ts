import { ZResetPasswordSchema } from '#app/schemas/user'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { hashPassword } from '#app/utils/password.server'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { User } from '#models/user'
import { getUserForActor } from './get-user.server'

export type TResetUserPasswordOptions = {
  actor: TActor
  userId: string
  input: unknown
}

/** An administrator sets a new password for someone in their authority (there is no email reset yet). */
export async function resetUserPassword({ actor, userId, input }: TResetUserPasswordOptions) {
  const existing = await getUserForActor({ actor, userId })
  assertCan(actor, 'resetPassword', asSubject('User', existing))
  const { password } = parseWith(ZResetPasswordSchema, input)
  await User.updateOne({ _id: existing._id }, { passwordHash: await hashPassword(password) })
  const [membership] = existing.memberships
  await recordAuditEvent({
    actor,
    organisationId: membership ? String(membership.organisation) : null,
    authorityId: membership ? String(membership.authority) : null,
    action: 'user.password_reset',
    subject: { type: 'User', id: String(existing._id) },
    summary: `${actor.name} reset the password of ${existing.name}`,
  })
}
