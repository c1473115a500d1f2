import type { NextFunction, Request, Response } from 'express'
import { plainErrorPage } from './plain-error-page.server'

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export type TOriginCheckOptions = {
  /** APP_ORIGIN, the one origin a browser may send a change from. */
  appOrigin: string
  /** Outside production the app may also be reached by another local name (127.0.0.1 for localhost). */
  allowRequestHost: boolean
}

function originAllowed(origin: string, request: Request, { appOrigin, allowRequestHost }: TOriginCheckOptions) {
  if (origin === appOrigin) return true
  if (!allowRequestHost) return false
  try {
    return new URL(origin).host === request.headers.host
  } catch {
    return false
  }
}

/**
 * A browser names the page a change came from in `Origin`; one from another site is refused with
 * 403 here, before any route runs (the CSRF token is the other half). Requests without `Origin`
 * (API clients, older browsers) rely on the token or bearer token alone. The header is then
 * removed: Remix's own check compares it with the Host header, which a TLS proxy may rewrite, and
 * answers a mismatch with a bare 500.
 */
export function originCheck(options: TOriginCheckOptions) {
  return function checkOrigin(request: Request, response: Response, next: NextFunction) {
    const origin = request.headers.origin
    if (!UNSAFE_METHODS.has(request.method) || origin === undefined) return next()
    delete request.headers.origin
    if (originAllowed(origin, request, options)) return next()
    const message = `This was sent from another website (${origin.slice(0, 100)}), so it has not been accepted. Go back to the page on this service and try again.`
    response.status(403).setHeader('Cache-Control', 'no-store')
    if (!request.complete) response.setHeader('Connection', 'close')
    if (request.path.startsWith('/api/')) {
      response.json({ error: { code: 'forbidden', message } })
      return
    }
    response.type('html').send(plainErrorPage({ title: 'This form cannot be accepted', message }))
  }
}
