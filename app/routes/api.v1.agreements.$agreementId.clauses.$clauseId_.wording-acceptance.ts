import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { acceptWordingDifference } from '#app/services/agreements/accept-wording-difference.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST `{comment}`: legal accepts that the clause's wording differs from its terms as it does now
 * (decision record 006); 200 with the agreement, 400 without a comment, 403 for anyone but legal,
 * 409 where there is no difference to accept. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const agreement = await acceptWordingDifference({ actor, agreementId: params.agreementId ?? '', clauseId: params.clauseId ?? '', input })
    return json(toAgreementJson(agreement, { withContent: true }))
  })
}

export const loader = methodNotAllowed('POST')
