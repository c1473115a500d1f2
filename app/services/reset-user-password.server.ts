import { ZResetPasswordSchema } from '#app/schemas/user'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { hashPassword } from '#app/utils/password.server'
import { assertPasswordPolicy } from '#app/utils/password-policy.server'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { User } from '#models/user'
import { getUserForActor } from './get-user.server'
import { passwordContextFor } from './password-context.server'

export type TResetUserPasswordOptions = {
  actor: TActor
  userId: string
  input: unknown
}

/**
 * An administrator sets a new password for someone in their authority (there is no email reset
 * yet). Every session the person has open ends: whoever knew the old password is signed out.
 */
export async function resetUserPassword({ actor, userId, input }: TResetUserPasswordOptions) {
  const existing = await getUserForActor({ actor, userId })
  assertCan(actor, 'resetPassword', asSubject('User', existing))
  const { password } = parseWith(ZResetPasswordSchema, input)
  assertPasswordPolicy(password, await passwordContextFor(existing))
  const passwordHash = await hashPassword(password)
  const [membership] = existing.memberships
  await inTransaction(async (session) => {
    await User.updateOne({ _id: existing._id }, { $set: { passwordHash }, $inc: { sessionGeneration: 1 } }, { session })
    await recordAuditEvent({
      actor,
      organisationId: membership ? String(membership.organisation) : null,
      authorityId: membership ? String(membership.authority) : null,
      action: 'user.password_reset',
      subject: { type: 'User', id: String(existing._id) },
      summary: `${actor.name} reset the password of ${existing.name}; their open sessions were ended`,
      session,
    })
  })
}
