import { type LoaderFunctionArgs } from '@remix-run/node'
import { agreementFileResponse, getAgreementFile } from '#app/services/signing/get-agreement-file.server'
import { requireUser } from '#app/utils/auth.server'
import { withDownloadErrors } from '#app/utils/download-errors.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withDownloadErrors(request, async () => {
    const actor = await requireUser(request)
    return agreementFileResponse(await getAgreementFile({ actor, agreementId: params.agreementId ?? '', format: 'docx' }))
  })
}
