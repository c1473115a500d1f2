import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { addAgreementParty } from '#app/services/agreements/add-agreement-party.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST `{role, name, definedAs?, noticeAddress?, organisation?, signatoryRole?}`: 201 with the new party's id and the agreement. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const { agreement, partyId } = await addAgreementParty({ actor, agreementId: params.agreementId ?? '', input })
    return json({ partyId, agreement: toAgreementJson(agreement, { withContent: true }) }, { status: 201 })
  })
}

export const loader = methodNotAllowed('POST')
