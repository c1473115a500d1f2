import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { moveAgreementClause } from '#app/services/agreements/move-agreement-clause.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST `{position, sectionId?}` (position 0 is first) or `{direction: "up" | "down"}`: 200 with the agreement. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const agreement = await moveAgreementClause({ actor, agreementId: params.agreementId ?? '', clauseId: params.clauseId ?? '', input })
    return json(toAgreementJson(agreement, { withContent: true }))
  })
}

export const loader = methodNotAllowed('POST')
