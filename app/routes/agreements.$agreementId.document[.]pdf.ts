import { type LoaderFunctionArgs } from '@remix-run/node'
import { agreementFileResponse, getAgreementFile } from '#app/services/signing/get-agreement-file.server'
import { requireUser } from '#app/utils/auth.server'
import { withPageErrors } from '#app/utils/route-errors.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    return agreementFileResponse(await getAgreementFile({ actor, agreementId: params.agreementId ?? '', format: 'pdf' }))
  })
}
