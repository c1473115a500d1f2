import { z } from 'zod'
import { actorFromUser, ownAuditScope } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { newCsrfToken } from '#app/utils/csrf.server'
import { hashPassword } from '#app/utils/password.server'
import { assertPasswordPolicy } from '#app/utils/password-policy.server'
import { startSignedInSession, type TAppSession } from '#app/utils/session.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { findUsableSignInLink, SignInLink } from '#models/sign-in-link'
import { User } from '#models/user'
import { passwordContextFor } from '#app/services/password-context.server'
import { hashSignInLinkToken } from './issue-sign-in-link.server'

const LINK_UNUSABLE = 'This sign-in link has expired, has been replaced or has already been used. Ask whoever set up your account for a new one.'

const ZChoosePasswordSchema = z
  .object({
    password: z.string({ error: 'Enter a password' }).min(1, 'Enter a password'),
    confirmPassword: z.string().default(''),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match' })

/** Whose link this is, for the "choose your password" page; "not found" once it cannot be used. */
export async function getSignInLink({ token }: { token: string }) {
  const link = await findUsableSignInLink(hashSignInLinkToken(token))
  const user = link ? await User.findById(link.user).lean() : null
  if (!link || !user || user.deactivatedAt) throw new AppError('not_found', { message: LINK_UNUSABLE })
  return { user, expiresAt: link.expiresAt }
}

export type TRedeemSignInLinkOptions = {
  token: string
  input: unknown
  /** The browser's session, started signed in once the password is set. */
  session: TAppSession
  /** The client's address, for the audit trail. */
  address: string
}

/**
 * The person chooses their password through their one-time link, and is signed in. The password
 * is checked before the link is spent (a refused password leaves it usable); the link is then
 * taken atomically, so two submissions of one link cannot both set a password.
 */
export async function redeemSignInLink({ token, input, session, address }: TRedeemSignInLinkOptions) {
  const { user } = await getSignInLink({ token })
  const { password } = parseWith(ZChoosePasswordSchema, input)
  assertPasswordPolicy(password, await passwordContextFor(user))
  const passwordHash = await hashPassword(password)
  const updated = await inTransaction(async (dbSession) => {
    const now = new Date()
    const link = await SignInLink.findOneAndUpdate(
      { tokenHash: hashSignInLinkToken(token), usedAt: null, revokedAt: null, expiresAt: { $gt: now } },
      { $set: { usedAt: now } },
      { returnDocument: 'after', session: dbSession },
    ).lean()
    if (!link) throw new AppError('not_found', { message: LINK_UNUSABLE })
    const changed = await User.findByIdAndUpdate(link.user, { $set: { passwordHash }, $inc: { sessionGeneration: 1 } }, { returnDocument: 'after', session: dbSession }).lean()
    if (!changed) throw new AppError('not_found', { message: LINK_UNUSABLE })
    const actor = await actorFromUser(changed)
    await recordAuditEvent({
      actor,
      ...ownAuditScope(actor),
      action: 'user.password_chosen',
      subject: { type: 'User', id: actor.id },
      summary: `${actor.name} chose their password with their one-time sign-in link, from ${address}, and signed in`,
      session: dbSession,
    })
    return changed
  })
  startSignedInSession(session, { userId: String(updated._id), generation: updated.sessionGeneration ?? 0 })
  session.set('csrf', newCsrfToken())
  return updated
}

/** `npm run setup -- --password`: the operator types the password instead of passing on a link. */
export async function setPasswordAtCommandLine({ email, password }: { email: string; password: string }) {
  const user = await User.findOne({ email: email.trim().toLowerCase() }).lean()
  if (!user) throw new AppError('not_found', { message: `No account has the email address ${email}` })
  assertPasswordPolicy(password, await passwordContextFor(user))
  const passwordHash = await hashPassword(password)
  await inTransaction(async (session) => {
    await User.updateOne({ _id: user._id }, { $set: { passwordHash }, $inc: { sessionGeneration: 1 } }, { session })
    // The password is chosen, so any link left for it is spent.
    await SignInLink.updateMany({ user: user._id, usedAt: null, revokedAt: null }, { $set: { revokedAt: new Date() } }, { session })
    const [membership] = user.memberships
    await recordAuditEvent({
      actor: null,
      organisationId: membership ? String(membership.organisation) : null,
      authorityId: membership ? String(membership.authority) : null,
      action: 'user.password_set',
      subject: { type: 'User', id: String(user._id) },
      summary: `The operator at the command line (npm run setup) set the password of ${user.name} <${user.email}>`,
      session,
    })
  })
}
