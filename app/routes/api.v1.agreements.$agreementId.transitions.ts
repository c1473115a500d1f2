import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { changeAgreementStatus } from '#app/services/agreements/change-agreement-status.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST `{to, comment?}` moves the agreement along its lifecycle, as the person's role allows. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const agreement = await changeAgreementStatus({ actor, agreementId: params.agreementId ?? '', input })
    return json(toAgreementJson(agreement, { withContent: true }))
  })
}

export const loader = methodNotAllowed('POST')
