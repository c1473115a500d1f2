import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    return json(toAgreementJson(agreement, { withContent: true }))
  })
}

export const action = methodNotAllowed('GET')
