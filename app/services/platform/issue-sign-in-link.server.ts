import { createHash, randomBytes } from 'node:crypto'
import { type ClientSession } from 'mongoose'
import { appUrl } from '#app/utils/env.server'
import { SignInLink } from '#models/sign-in-link'

// Long enough to pass on to a new administrator over a weekend; short enough not to linger.
export const SIGN_IN_LINK_HOURS = 72

export function hashSignInLinkToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

export type TIssueSignInLinkOptions = {
  userId: string
  session?: ClientSession
}

/**
 * A one-time link for `userId` to choose their password, replacing any earlier one. The token is
 * returned once, inside the URL (built from APP_ORIGIN); only its hash is stored.
 */
export async function issueSignInLink({ userId, session }: TIssueSignInLinkOptions) {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + SIGN_IN_LINK_HOURS * 60 * 60 * 1000)
  await SignInLink.updateMany({ user: userId, usedAt: null, revokedAt: null }, { $set: { revokedAt: new Date() } }, { session })
  await SignInLink.create([{ tokenHash: hashSignInLinkToken(token), user: userId, expiresAt }], { session })
  return { url: appUrl(`/sign-in/link/${token}`), expiresAt }
}
