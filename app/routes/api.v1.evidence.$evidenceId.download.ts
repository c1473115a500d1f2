import { type LoaderFunctionArgs } from '@remix-run/node'
import { getEvidenceDownload } from '#app/services/compliance/get-evidence-download.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'
import { downloadResponse } from '#app/utils/download.server'

/** GET: the evidence file, streamed, as the page's download gives it (same permissions and audit). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const { evidence, stream } = await getEvidenceDownload({ actor, evidenceId: params.evidenceId ?? '' })
    return downloadResponse({ body: stream, fileName: evidence.filename, contentType: evidence.contentType, size: evidence.size })
  })
}

export const action = methodNotAllowed('GET')
