import { ZPlatformAdminSchema } from '#app/schemas/authority'
import { AppError } from '#app/utils/app-error'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { User } from '#models/user'
import { issueSignInLink } from './issue-sign-in-link.server'

export type TSetUpPlatformAdminOptions = {
  /** `{ name, email }` from `npm run setup -- --email ... --name ...`. */
  input: unknown
}

/**
 * `npm run setup`: the platform administrator, who adds authorities and their first administrators
 * and sees nothing of any authority's agreements. Run again for the same email, it issues a new
 * one-time link (the way back in for a platform administrator who has lost their password).
 * Only the operator at the command line, who holds the database itself, can do this.
 */
export async function setUpPlatformAdmin({ input }: TSetUpPlatformAdminOptions) {
  const { name, email } = parseWith(ZPlatformAdminSchema, input)
  const existing = await User.findOne({ email }).lean()
  if (existing && !existing.isPlatformAdmin) {
    throw new AppError('conflict', { message: `${email} already has an account at an authority: give the platform administrator an address of their own` })
  }
  return inTransaction(async (session) => {
    const [user] = existing ? [existing] : await User.create([{ email, name, isPlatformAdmin: true, memberships: [] }], { session })
    const link = await issueSignInLink({ userId: String(user._id), session })
    await recordAuditEvent({
      actor: null,
      organisationId: null,
      authorityId: null,
      action: existing ? 'user.sign_in_link_issued' : 'platform_admin.created',
      subject: { type: 'User', id: String(user._id) },
      summary: `The operator at the command line (npm run setup) ${existing ? 'issued a new sign-in link for' : 'created'} the platform administrator ${user.name} <${user.email}>; the link expires ${link.expiresAt.toISOString()}`,
      session,
    })
    return { user: { id: String(user._id), name: user.name, email: user.email }, link, created: !existing }
  })
}
