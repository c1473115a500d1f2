import { type LoaderFunctionArgs } from '@remix-run/node'
import { agreementFileResponse, getAgreementFile } from '#app/services/signing/get-agreement-file.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    return agreementFileResponse(await getAgreementFile({ actor, agreementId: params.agreementId ?? '', format: 'pdf' }))
  })
}

export const action = methodNotAllowed('GET')
