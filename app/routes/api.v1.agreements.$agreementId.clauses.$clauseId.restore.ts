import { json, type ActionFunctionArgs } from '@remix-run/node'
import { restoreAgreementItem } from '#app/services/agreements/restore-agreement-item.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { assertMethod, methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST (no body): undoes the deletion of the clause, until the draft is sent to legal review; 200 with the agreement. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const agreement = await restoreAgreementItem({ actor, agreementId: params.agreementId ?? '', kind: 'clause', itemId: params.clauseId ?? '' })
    return json(toAgreementJson(agreement, { withContent: true }))
  })
}

export const loader = methodNotAllowed('POST')
