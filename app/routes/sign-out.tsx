import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { signOut } from '#app/services/sign-out.server'
import { getUser } from '#app/utils/auth.server'
import { checkCsrf } from '#app/utils/csrf.server'
import { readForm } from '#app/utils/request-body.server'
import { asErrorResponse } from '#app/utils/route-errors.server'
import { destroySession, getSession } from '#app/utils/session.server'

export async function loader() {
  return redirect('/')
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request)
  try {
    checkCsrf(session, await readForm(request))
  } catch (error) {
    throw asErrorResponse(error)
  }
  await signOut({ actor: await getUser(request), session })
  return redirect('/sign-in', { headers: { 'Set-Cookie': await destroySession(session) } })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
