import mongoose from 'mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { NEW_AUTHORITY } from '#app/utils/platform-admin.server'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { User } from '#models/user'
import { emailSignInLink } from './email-sign-in-link.server'
import { issueSignInLink } from './issue-sign-in-link.server'

export type TReissueAdminSignInLinkOptions = { actor: TActor; userId: string }

/**
 * A new one-time link for an authority's administrator whose first link was lost or expired. Only
 * while they have not chosen a password: after that their own authority's administrators reset
 * it, so the platform administrator can never take over an account in use.
 */
export async function reissueAdminSignInLink({ actor, userId }: TReissueAdminSignInLinkOptions) {
  assertCan(actor, 'create', NEW_AUTHORITY)
  const notFound = new AppError('not_found', { message: 'No administrator waiting for a first sign-in link has this id' })
  if (!mongoose.isValidObjectId(userId)) throw notFound
  const admin = await User.findOne({ _id: userId, passwordHash: '', deactivatedAt: null, memberships: { $elemMatch: { role: 'admin' } } }).lean()
  const membership = admin?.memberships.find((candidate) => candidate.role === 'admin')
  if (!admin || !membership) throw notFound
  const link = await inTransaction(async (session) => {
    const issued = await issueSignInLink({ userId: String(admin._id), session })
    await recordAuditEvent({
      actor,
      organisationId: String(membership.organisation),
      authorityId: String(membership.authority),
      action: 'user.sign_in_link_issued',
      subject: { type: 'User', id: String(admin._id) },
      summary: `${actor.name} issued a new one-time sign-in link for ${admin.name} <${admin.email}>; it expires ${issued.expiresAt.toISOString()}`,
      session,
    })
    return issued
  })
  const emailed = await emailSignInLink({ to: admin.email, name: admin.name, ...link, purpose: 'set up your authority on the SLA Register' })
  return { admin: { id: String(admin._id), name: admin.name, email: admin.email }, link, emailed }
}
