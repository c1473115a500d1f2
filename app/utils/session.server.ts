import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createCookieSessionStorage, type Session } from '@remix-run/node'
import { getEnv } from './env.server'

type TSessionData = { userId: string; sessionId: string; signedInAt: number; generation: number; csrf: string }
type TFlashData = { flash: string }
export type TAppSession = Session<TSessionData, TFlashData>

/** Outside production an unset SESSION_SECRET is generated once and kept in DATA_DIR, so restarts keep people signed in. */
function sessionSecret() {
  const env = getEnv()
  if (env.SESSION_SECRET) return env.SESSION_SECRET
  const secretFile = path.join(env.DATA_DIR, 'session-secret')
  if (fs.existsSync(secretFile)) return fs.readFileSync(secretFile, 'utf8').trim()
  const generated = randomBytes(32).toString('hex')
  fs.mkdirSync(env.DATA_DIR, { recursive: true, mode: 0o700 })
  fs.writeFileSync(secretFile, generated, { mode: 0o600, flag: 'wx' })
  return generated
}

const SESSION_COOKIE_NAME = '__session'
const SESSION_HOURS = 12

type TStorage = ReturnType<typeof createCookieSessionStorage<TSessionData, TFlashData>>
let storage: TStorage | undefined

function sessionStorage(): TStorage {
  storage ??= createCookieSessionStorage<TSessionData, TFlashData>({
    cookie: {
      name: SESSION_COOKIE_NAME,
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: getEnv().NODE_ENV === 'production',
      secrets: [sessionSecret()],
      maxAge: 60 * 60 * SESSION_HOURS,
    },
  })
  return storage
}

const SESSION_MS = SESSION_HOURS * 60 * 60 * 1000

/**
 * The signed-in session a cookie carries, while it lasts. Max-Age only tells the browser when to
 * drop the cookie (and restarts each time it is set), so a copied cookie would otherwise work for
 * ever. The server checks the sign-in time the cookie carries (signed, so it cannot be changed):
 * 12 hours after signing in, people sign in again. Whether it has been signed out is in the
 * database (models/signed-out-session.ts).
 */
export function signedInSession(session: TAppSession) {
  const userId = session.get('userId')
  const sessionId = session.get('sessionId')
  const signedInAt = session.get('signedInAt')
  if (!userId || !sessionId || typeof signedInAt !== 'number') return undefined
  const endsAt = new Date(signedInAt + SESSION_MS)
  // The user's session generation when they signed in: a reset password, removed role or deactivation moves it on.
  const generation = session.get('generation') ?? 0
  return Date.now() < endsAt.getTime() ? { userId, sessionId, endsAt, generation } : undefined
}

/** For the page cache, which runs before Remix: a signed, unexpired session (sign-out is checked by moving the data version). */
export async function cookieHasSignedInSession(cookieHeader: string) {
  return signedInSession(await getSessionFromCookie(cookieHeader)) !== undefined
}

export function startSignedInSession(session: TAppSession, { userId, generation }: { userId: string; generation: number }) {
  session.set('userId', userId)
  session.set('generation', generation)
  session.set('sessionId', randomBytes(16).toString('hex'))
  session.set('signedInAt', Date.now())
}

export function getSession(request: Request) {
  return getSessionFromCookie(request.headers.get('Cookie'))
}

export function getSessionFromCookie(cookie: string | null) {
  return sessionStorage().getSession(cookie)
}

export function commitSession(session: TAppSession) {
  return sessionStorage().commitSession(session)
}

export function destroySession(session: TAppSession) {
  return sessionStorage().destroySession(session)
}
