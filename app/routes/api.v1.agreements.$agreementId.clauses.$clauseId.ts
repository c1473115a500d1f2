import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { updateAgreementClause } from '#app/services/agreements/update-agreement-clause.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** PATCH `{params?, text?, heading?}`: 200 with the agreement, or 400 naming each bad field (`params.noticePeriod.amount`) with nothing saved. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['PATCH'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const agreement = await updateAgreementClause({ actor, agreementId: params.agreementId ?? '', clauseId: params.clauseId ?? '', input })
    return json(toAgreementJson(agreement, { withContent: true }))
  })
}

export const loader = methodNotAllowed('PATCH')
