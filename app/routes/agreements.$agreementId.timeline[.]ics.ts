import { type LoaderFunctionArgs } from '@remix-run/node'
import { agreementCalendarFile } from '#app/services/timeline/calendar-files.server'
import { requireUser } from '#app/utils/auth.server'
import { downloadResponse } from '#app/utils/download.server'
import { withPageErrors } from '#app/utils/route-errors.server'

/** One agreement's deadlines as a calendar file to download and import once. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const { ics, fileName } = await agreementCalendarFile({ actor, agreementId: params.agreementId ?? '' })
    return downloadResponse({ body: ics, fileName, contentType: 'text/calendar; charset=utf-8' })
  })
}
