import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { getAgreementReview } from '#app/services/agreements/get-agreement-review.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/**
 * GET `[?show=all]` -> the legal review of an agreement of the token user's authority, in any
 * status: `{agreement, inReview, findings, datesNotWorkedOut, changesSinceLastReview, clauses,
 * comments, can}`; each comment says whether it is from an earlier review and its state (`open`,
 * `resolved` by the drafter, `accepted` by legal).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const showAll = new URL(request.url).searchParams.get('show') === 'all'
    return json(await getAgreementReview({ actor, agreementId: params.agreementId ?? '', showAll }))
  })
}

export const action = methodNotAllowed('GET')
