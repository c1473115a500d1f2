import { json, type ActionFunctionArgs } from '@remix-run/node'
import { removeAgreementParty } from '#app/services/agreements/remove-agreement-party.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { assertMethod, methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** DELETE: removes the party, its place in the parties clause and its signatories; 200 with the agreement. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['DELETE'])
    const actor = await requireApiUser(request)
    const agreement = await removeAgreementParty({ actor, agreementId: params.agreementId ?? '', partyId: params.partyId ?? '' })
    return json(toAgreementJson(agreement, { withContent: true }))
  })
}

export const loader = methodNotAllowed('DELETE')
