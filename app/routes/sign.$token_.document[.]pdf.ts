import { type LoaderFunctionArgs } from '@remix-run/node'
import { agreementFileResponse } from '#app/services/signing/get-agreement-file.server'
import { getSigningLinkDocument } from '#app/services/signing/get-signing-link.server'
import { withPageErrors } from '#app/utils/route-errors.server'

/** The exact PDF to sign, for a signatory holding a signing link (no account). */
export async function loader({ params }: LoaderFunctionArgs) {
  return withPageErrors(async () => agreementFileResponse(await getSigningLinkDocument({ token: params.token ?? '' })))
}
