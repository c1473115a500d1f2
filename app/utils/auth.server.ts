import { redirect } from '@remix-run/node'
import { isSignedOut } from '#models/signed-out-session'
import { findUserByEmail } from '#models/user'
import { loadActor, type TActor } from './actor.server'
import { AppError } from './app-error'
import { connectDatabase } from './db.server'
import { getDecoyHash, verifyPassword } from './password.server'
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure } from './rate-limit.server'
import { getSessionFromCookie, signedInSession } from './session.server'
import { singleFlight } from './single-flight'

// The root loader and the page's loader run at the same time, each with its own copy of the request
// (Remix makes one per loader), so loads are shared by session cookie while in flight: one page
// asks the database once. Nothing is kept afterwards.
const loadUserForCookie = singleFlight(async (cookie: string): Promise<TActor | null> => {
  await connectDatabase()
  const signedIn = signedInSession(await getSessionFromCookie(cookie))
  if (!signedIn || (await isSignedOut(signedIn.sessionId))) return null
  return loadActor(signedIn.userId)
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

/** Checks an email and password, counting failures so guessing is slowed down (see rate-limit.server.ts). */
export async function authenticate({ email, password, address }: { email: string; password: string; address: string }) {
  await connectDatabase()
  const normalisedEmail = email.trim().toLowerCase()
  await assertSignInAllowed({ email: normalisedEmail, address })
  const user = await findUserByEmail(normalisedEmail)
  const matches = await verifyPassword(password, user?.passwordHash ?? (await getDecoyHash()))
  if (!user || !matches) {
    await recordSignInFailure({ email: normalisedEmail, address })
    throw new AppError('validation', {
      message: WRONG_CREDENTIALS,
      details: { fields: { email: WRONG_CREDENTIALS } },
    })
  }
  await clearSignInFailures({ email: normalisedEmail })
  return user
}
