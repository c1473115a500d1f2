import { ZNewAuthoritySchema, type TNewAuthority } from '#app/schemas/authority'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { withDuplicateKeyAsConflict } from '#app/utils/mongo-errors.server'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { NEW_AUTHORITY } from '#app/utils/platform-admin.server'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { Organisation } from '#models/organisation'
import { User } from '#models/user'
import { emailSignInLink } from './email-sign-in-link.server'
import { issueSignInLink } from './issue-sign-in-link.server'

export type TCreateAuthorityOptions = {
  /** The platform administrator, or null for the operator at the command line (`npm run setup`), who holds the database itself. */
  actor: TActor | null
  input: unknown
}

/**
 * Adds a local authority and its first administrator, who gets a one-time link to choose their
 * password (emailed when SMTP_URL is set, and returned once either way). All four writes (the
 * authority, the person, the link and the audit event) stand or fall together.
 */
export async function createAuthority({ actor, input }: TCreateAuthorityOptions) {
  if (actor) assertCan(actor, 'create', NEW_AUTHORITY)
  const values = parseWith(ZNewAuthoritySchema, input)
  await assertNotTaken(values)
  const created = await withDuplicateKeyAsConflict(
    () =>
      inTransaction(async (session) => {
        const [authority] = await Organisation.create([{ name: values.name, kind: 'local_authority', parentAuthority: null }], { session })
        const membership = { organisation: authority._id, authority: authority._id, role: 'admin' as const }
        const [admin] = await User.create([{ email: values.admin.email, name: values.admin.name, memberships: [membership] }], { session })
        const link = await issueSignInLink({ userId: String(admin._id), session })
        const by = actor ? actor.name : 'The operator at the command line (npm run setup)'
        await recordAuditEvent({
          actor,
          organisationId: String(authority._id),
          authorityId: String(authority._id),
          action: 'authority.created',
          subject: { type: 'Organisation', id: String(authority._id) },
          summary: `${by} added ${authority.name} with its first administrator ${admin.name} <${admin.email}>; their one-time sign-in link expires ${link.expiresAt.toISOString()}`,
          session,
        })
        return { authority: authority.toObject(), admin: admin.toObject(), link }
      }),
    { name: 'A local authority with this name, or an account with this email address, already exists' },
  )
  const emailed = await emailSignInLink({ to: created.admin.email, name: created.admin.name, ...created.link, purpose: `set up ${created.authority.name} on the SLA Register` })
  return { ...created, emailed }
}

/** Named field by field before writing; the unique indexes still refuse a race between two requests. */
async function assertNotTaken(values: TNewAuthority) {
  const fields: Record<string, string> = {}
  if (await Organisation.exists({ name: values.name, parentAuthority: null })) fields.name = 'A local authority with this name already exists'
  if (await User.exists({ email: values.admin.email })) fields['admin.email'] = 'Someone already has an account with this email address'
  const [message] = Object.values(fields)
  if (message) throw new AppError('conflict', { message, details: { fields } })
}
