import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { declineSigning } from '#app/services/signing/decline-signing.server'
import { getSigningOverview } from '#app/services/signing/get-signing-overview.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST `{reason}` -> `{agreement, signing}`: the token's user declines to sign; the agreement goes back to draft. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const agreementId = params.agreementId ?? ''
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    await declineSigning({ actor, agreementId, input })
    const { agreement, signing } = await getSigningOverview({ actor, agreementId })
    return json({ agreement, signing })
  })
}

export const loader = methodNotAllowed('POST')
