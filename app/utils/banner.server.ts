import { redirect } from '@remix-run/node'
import { commitSession, getSession, type TAppSession } from './session.server'

/**
 * After a save, goes to `to` with a one-time message the next page shows in a GOV.UK success banner
 * (root.tsx), so each save is confirmed where the user lands, with or without JavaScript.
 */
export async function redirectWithBanner(request: Request, to: string, message: string, init?: { headers?: HeadersInit }) {
  const session = await getSession(request)
  session.flash('flash', message)
  const headers = new Headers(init?.headers)
  headers.append('Set-Cookie', await commitSession(session))
  return redirect(to, { headers })
}

/** The message a save left for this page, read once. */
export function takeBanner(session: TAppSession): string | null {
  return session.get('flash') ?? null
}
