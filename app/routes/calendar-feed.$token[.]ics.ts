import { type LoaderFunctionArgs } from '@remix-run/node'
import { calendarFeedFile } from '#app/services/timeline/calendar-files.server'
import { isAppError } from '#app/utils/app-error'
import { connectDatabase } from '#app/utils/db.server'

/** The secret subscription address calendar apps poll; the secret in the path is the only credential. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDatabase()
  try {
    const ics = await calendarFeedFile({ token: params.token ?? '' })
    return new Response(ics, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="sla-deadlines.ics"',
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    if (!isAppError(error)) throw error
    return new Response(error.message, { status: error.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
}
