import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { getSigningOverview } from '#app/services/signing/get-signing-overview.server'
import { signAgreementThroughApi } from '#app/services/signing/sign-agreement.server'
import { assertMethod, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'
import { clientAddress } from '#app/utils/request.server'

/**
 * POST `{consent: true, method: 'typed' | 'drawn', fullName, title, drawnSignature?, documentSha256?}` -> 201
 * `{agreement, signing}`: the token's user signs in turn; the last signature completes and seals the agreement.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const agreementId = params.agreementId ?? ''
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    await signAgreementThroughApi({ actor, agreementId, input, client: { ip: clientAddress(request), userAgent: request.headers.get('user-agent') ?? '' } })
    const { agreement, signing } = await getSigningOverview({ actor, agreementId })
    return json({ agreement, signing }, { status: 201 })
  })
}

/** GET -> `{agreement, toSend, signing}`: who will sign if it is sent now (before sending), and the signing so far. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const { agreement, toSend, signing } = await getSigningOverview({ actor, agreementId: params.agreementId ?? '' })
    return json({ agreement, toSend, signing })
  })
}
