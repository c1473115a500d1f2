import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { updateAgreementParties } from '#app/services/agreements/update-agreement-parties.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** PATCH `{partyDetails?: [{name, noticeAddress?}], details?: {key: value}}`: a draft's party names
 * and notice addresses, and the named details its wording writes (the District); 200 with the
 * agreement, or 400 naming each bad field with nothing saved. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['PATCH'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const agreement = await updateAgreementParties({ actor, agreementId: params.agreementId ?? '', input })
    return json(toAgreementJson(agreement, { withContent: true }))
  })
}

export const loader = methodNotAllowed('PATCH')
