import { randomBytes, timingSafeEqual } from 'node:crypto'
import { AppError } from './app-error'
import { readForm } from './request-body.server'
import { getSession, type TAppSession } from './session.server'

export const CSRF_FIELD = 'csrf'

/**
 * One random token per session, kept in the signed session cookie and repeated in a hidden field of
 * every form; an action runs only when the two match, so another site cannot post a form as the user.
 * Returns the session's token, adding one to the session (which the caller then commits) if it has none.
 */
export function ensureCsrfToken(session: TAppSession): { token: string; added: boolean } {
  const existing = session.get('csrf')
  if (existing) return { token: existing, added: false }
  const token = newCsrfToken()
  session.set('csrf', token)
  return { token, added: true }
}

export function newCsrfToken() {
  return randomBytes(24).toString('base64url')
}

export function checkCsrf(session: TAppSession, formData: FormData) {
  const expected = session.get('csrf')
  const submitted = formData.get(CSRF_FIELD)
  const matches =
    typeof expected === 'string' &&
    typeof submitted === 'string' &&
    expected.length === submitted.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(submitted))
  if (!matches) {
    throw new AppError('forbidden', {
      message: 'This form has expired. Go back, reload the page and try again.',
    })
  }
}

/** Reads a posted form and refuses it unless it carries this session's CSRF token. */
export async function readCheckedForm(request: Request) {
  const [session, formData] = await Promise.all([getSession(request), readForm(request)])
  checkCsrf(session, formData)
  return formData
}
