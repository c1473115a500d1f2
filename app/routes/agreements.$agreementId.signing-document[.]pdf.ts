import { type LoaderFunctionArgs } from '@remix-run/node'
import { getDocumentToSign } from '#app/services/signing/get-document-to-sign.server'
import { agreementFileResponse } from '#app/services/signing/get-agreement-file.server'
import { requireUser } from '#app/utils/auth.server'
import { withDownloadErrors } from '#app/utils/download-errors.server'

/** The exact PDF the signatories sign, as stored when it was sent. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withDownloadErrors(request, async () => {
    const actor = await requireUser(request)
    return agreementFileResponse(await getDocumentToSign({ actor, agreementId: params.agreementId ?? '' }))
  })
}
