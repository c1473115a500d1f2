import { ZCreateUserSchema } from '#app/schemas/user'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { withDuplicateKeyAsConflict } from '#app/utils/mongo-errors.server'
import { hashPassword } from '#app/utils/password.server'
import { assertPasswordPolicy } from '#app/utils/password-policy.server'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { User } from '#models/user'
import { passwordContextFor } from './password-context.server'
import { resolveMemberships } from './user-memberships.server'

export type TCreateUserOptions = {
  actor: TActor
  input: unknown
}

/** Creates a person with one membership and an initial password the admin passes on to them. */
export async function createUser({ actor, input }: TCreateUserOptions) {
  const values = parseWith(ZCreateUserSchema, input)
  const memberships = await resolveMemberships({
    actor,
    memberships: [{ organisation: values.organisation, role: values.role }],
  })
  assertCan(actor, 'create', asSubject('User', { _id: '', memberships }))
  assertPasswordPolicy(values.password, await passwordContextFor({ name: values.name, email: values.email, memberships }))

  const user = await withDuplicateKeyAsConflict(
    async () =>
      User.create({
        email: values.email,
        name: values.name,
        passwordHash: await hashPassword(values.password),
        memberships,
      }),
    { email: 'A user with this email address already exists' },
  )
  const [membership] = memberships
  await recordAuditEvent({
    actor,
    organisationId: membership.organisation,
    authorityId: membership.authority,
    action: 'user.created',
    subject: { type: 'User', id: String(user._id) },
    summary: `${actor.name} created ${user.name} (${user.email}) as ${membership.role}`,
  })
  return user.toObject()
}
