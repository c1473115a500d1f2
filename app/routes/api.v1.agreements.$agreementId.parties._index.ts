import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { addAgreementParty } from '#app/services/agreements/add-agreement-party.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { updateAgreementParties } from '#app/services/agreements/update-agreement-parties.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

const ZJsonObject = z.record(z.string(), z.unknown(), { error: 'Send a JSON object' })

/**
 * POST `{role, name, definedAs?, noticeAddress?, organisation?, signatoryRole?}`: 201 with the new
 * party's id and the agreement.
 * PATCH `{partyDetails?: [{name, noticeAddress?}], details?: {key: value}}`: a draft's party names
 * and notice addresses, and the named details its wording writes (the District); 200 with the
 * agreement, or 400 naming each bad field with nothing saved.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST', 'PATCH'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, ZJsonObject)
    const agreementId = params.agreementId ?? ''
    if (request.method === 'PATCH') return json(toAgreementJson(await updateAgreementParties({ actor, agreementId, input }), { withContent: true }))
    const { agreement, partyId } = await addAgreementParty({ actor, agreementId, input })
    return json({ partyId, agreement: toAgreementJson(agreement, { withContent: true }) }, { status: 201 })
  })
}

export const loader = methodNotAllowed('POST', 'PATCH')
