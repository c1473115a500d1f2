import { type LoaderFunctionArgs } from '@remix-run/node'
import { agreementFileResponse } from '#app/services/signing/get-agreement-file.server'
import { getSigningLinkDocument } from '#app/services/signing/get-signing-link.server'
import { withDownloadErrors } from '#app/utils/download-errors.server'

/** The exact PDF to sign, for a signatory holding a signing link (no account). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withDownloadErrors(request, async () => agreementFileResponse(await getSigningLinkDocument({ token: params.token ?? '' })))
}
