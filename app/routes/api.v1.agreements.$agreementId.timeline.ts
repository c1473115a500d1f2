import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { getAgreementTimeline } from '#app/services/timeline/get-agreement-timeline.server'
import { parseTimelineQuery } from '#app/services/timeline/parse-timeline-query.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/**
 * GET `?asOf=DATE&noticeServedOn=DATE&noticeMethod=post|hand|email|fax&noticeTime=HH:MM&disputeReferredOn=DATE`
 * -> `{entries, undated}`: `undated` are the entries that cannot be dated, each with its `reason`
 * (a notice by a method the notices clause does not permit, term dates not entered). The what-if
 * parameters change the answer and store nothing.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const query = parseTimelineQuery(new URL(request.url).searchParams)
    const { entries, undated } = await getAgreementTimeline({ actor, agreementId: params.agreementId ?? '', query })
    return json({ entries, undated })
  })
}

export const action = methodNotAllowed('GET')
