import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { deleteAgreementClause } from '#app/services/agreements/delete-agreement-clause.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { updateAgreementClause } from '#app/services/agreements/update-agreement-clause.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** PATCH `{params?, text?, heading?, number?}`: 200 with the agreement, or 400 naming each bad field
 * (`params.noticePeriod.amount`) with nothing saved. DELETE: 200 with the agreement and how to undo it. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['PATCH', 'DELETE'])
    const actor = await requireApiUser(request)
    const agreementId = params.agreementId ?? ''
    const clauseId = params.clauseId ?? ''
    if (request.method === 'DELETE') {
      const agreement = await deleteAgreementClause({ actor, agreementId, clauseId })
      const restore = `/api/v1/agreements/${agreementId}/clauses/${encodeURIComponent(clauseId)}/restore`
      return json({ deleted: { kind: 'clause', id: clauseId, restore }, agreement: toAgreementJson(agreement, { withContent: true }) })
    }
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const agreement = await updateAgreementClause({ actor, agreementId, clauseId, input })
    return json(toAgreementJson(agreement, { withContent: true }))
  })
}

export const loader = methodNotAllowed('PATCH', 'DELETE')
