import { redirect } from '@remix-run/node'
import { isSignedOut } from '#models/signed-out-session'
import { recordAuditEvent } from '#models/audit-event'
import { findUserByEmail, User, type TUser } from '#models/user'
import { actorFromUser, type TActor } from './actor.server'
import { AppError } from './app-error'
import { connectDatabase } from './db.server'
import { getDecoyHash, verifyPassword } from './password.server'
import { countSignInAttempt, describeWait, forgetSignInAttempts } from './rate-limit.server'
import { getSessionFromCookie, signedInSession } from './session.server'
import { singleFlight } from './single-flight'

// The root loader and the page's loader run at the same time, each with its own copy of the request
// (Remix makes one per loader), so loads are shared by session cookie while in flight: one page
// asks the database once. Nothing is kept afterwards.
const loadUserForCookie = singleFlight(async (cookie: string): Promise<TActor | null> => {
  await connectDatabase()
  const signedIn = signedInSession(await getSessionFromCookie(cookie))
  if (!signedIn || (await isSignedOut(signedIn.sessionId))) return null
  const user = await User.findById(signedIn.userId).lean()
  // Sessions end with a password reset, a removed role or deactivation (they move the generation on).
  if (!user || user.deactivatedAt || (user.sessionGeneration ?? 0) !== signedIn.generation) return null
  return actorFromUser(user)
})

export function getUser(request: Request): Promise<TActor | null> {
  return loadUserForCookie(request.headers.get('Cookie') ?? '')
}

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireUser(request: Request): Promise<TActor> {
  const user = await getUser(request)
  if (user) return user
  const url = new URL(request.url)
  const redirectTo = `${url.pathname}${url.search}`
  throw redirect(`/sign-in?${new URLSearchParams({ redirectTo })}`)
}

export async function requireAnonymous(request: Request) {
  if (await getUser(request)) throw redirect('/')
}

const WRONG_CREDENTIALS = 'Email or password is incorrect'

type TAttemptAudit = { user: TUser | null; email: string; address: string; action: string; summary: string }

/** A refused or failed sign-in, in the trail of the account's authority (platform-wide when no account has the email). */
async function auditSignInAttempt({ user, email, address, action, summary }: TAttemptAudit) {
  const [membership] = user?.memberships ?? []
  await recordAuditEvent({
    actor: null,
    organisationId: membership ? String(membership.organisation) : null,
    authorityId: membership ? String(membership.authority) : null,
    action,
    subject: { type: 'User', id: user ? String(user._id) : email },
    summary: `Sign-in as ${email} from ${address} ${summary}`,
  })
}

/**
 * Checks an email and password. The attempt is counted before the password is checked, and one
 * over a limit is refused unchecked and audited (see rate-limit.server.ts).
 */
export async function authenticate({ email, password, address }: { email: string; password: string; address: string }) {
  await connectDatabase()
  const normalisedEmail = email.trim().toLowerCase()
  const user = await findUserByEmail(normalisedEmail)
  const throttled = await countSignInAttempt({ email: normalisedEmail, address })
  if (throttled) {
    const wait = describeWait(throttled.msBeforeNext)
    await auditSignInAttempt({ user, email: normalisedEmail, address, action: 'session.sign_in_throttled', summary: `refused unchecked: too many attempts (${throttled.limit.replace(/_/g, ' ')} limit; next in ${wait})` })
    const message = `Too many sign-in attempts. Try again in ${wait}.`
    throw new AppError('rate_limited', { message, details: { fields: { email: message } } })
  }
  // An account without a password yet (its sign-in link unused) is checked against the decoy, so it takes as long.
  const matches = await verifyPassword(password, user?.passwordHash || (await getDecoyHash()))
  if (!user || !matches || !user.passwordHash) {
    await auditSignInAttempt({ user, email: normalisedEmail, address, action: 'session.sign_in_failed', summary: 'failed: wrong email or password' })
    throw new AppError('validation', { message: WRONG_CREDENTIALS, details: { fields: { email: WRONG_CREDENTIALS } } })
  }
  // Said only to someone who knows the password, so it reveals nothing to a guesser.
  if (user.deactivatedAt) {
    await auditSignInAttempt({ user, email: normalisedEmail, address, action: 'session.sign_in_failed', summary: 'refused: the account is deactivated' })
    const message = 'This account has been deactivated. Ask your administrator if you need it again.'
    throw new AppError('validation', { message, details: { fields: { email: message } } })
  }
  await forgetSignInAttempts({ email: normalisedEmail, address })
  return user
}
