import { type TActor, ownAuditScope } from '#app/utils/actor.server'
import { signedInSession, type TAppSession } from '#app/utils/session.server'
import { recordAuditEvent } from '#models/audit-event'
import { recordSignedOut } from '#models/signed-out-session'

export type TSignOutOptions = {
  /** Who the session belongs to; the cookie is their proof, so there is nothing else to check. */
  actor: TActor | null
  session: TAppSession
}

/** Ends the session for good: its cookie is refused from now on, wherever a copy of it is. */
export async function signOut({ actor, session }: TSignOutOptions) {
  const signedIn = signedInSession(session)
  if (!actor || !signedIn) return
  await recordSignedOut(signedIn.sessionId, signedIn.endsAt)
  await recordAuditEvent({
    actor,
    ...ownAuditScope(actor),
    action: 'session.signed_out',
    subject: { type: 'User', id: actor.id },
    summary: `${actor.name} signed out`,
  })
}
