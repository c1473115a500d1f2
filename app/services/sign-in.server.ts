import { actorFromUser, ownAuditScope } from '#app/utils/actor.server'
import { authenticate } from '#app/utils/auth.server'
import { newCsrfToken } from '#app/utils/csrf.server'
import { startSignedInSession, type TAppSession } from '#app/utils/session.server'
import { recordAuditEvent } from '#models/audit-event'

export type TSignInOptions = {
  email: string
  password: string
  /** The client's address, for the failed-attempt limit and the audit trail. */
  address: string
  session: TAppSession
}

/** Checks the password, starts a new session in `session` and records the sign-in in the audit trail. */
export async function signIn({ email, password, address, session }: TSignInOptions) {
  const user = await authenticate({ email, password, address })
  startSignedInSession(session, { userId: String(user._id), generation: user.sessionGeneration ?? 0 })
  // A fresh CSRF token on sign-in, so a token seen before signing in is useless afterwards.
  session.set('csrf', newCsrfToken())
  const actor = await actorFromUser(user)
  await recordAuditEvent({
    actor,
    ...ownAuditScope(actor),
    action: 'session.signed_in',
    subject: { type: 'User', id: actor.id },
    summary: `${actor.name} signed in from ${address}`,
  })
  return actor
}
