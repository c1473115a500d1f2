import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { addAgreementClause } from '#app/services/agreements/add-agreement-clause.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST `{sectionId, position?, kind, heading?, number?, params, text?}`: 201 with the new clause and
 * the agreement; 400 naming each bad field (`params.noticePeriod.amount`) with nothing saved. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const agreementId = params.agreementId ?? ''
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const { agreement, clauseId } = await addAgreementClause({ actor, agreementId, input })
    const clause = agreement.content.sections.flatMap((section) => section.clauses).find((candidate) => candidate.id === clauseId)
    const location = `/api/v1/agreements/${agreementId}/clauses/${encodeURIComponent(clauseId)}`
    return json({ clause, agreement: toAgreementJson(agreement, { withContent: true }) }, { status: 201, headers: { Location: location } })
  })
}

export const loader = methodNotAllowed('POST')
