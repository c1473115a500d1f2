import { type LoaderFunctionArgs } from '@remix-run/node'
import { getEvidenceDownload } from '#app/services/compliance/get-evidence-download.server'
import { requireUser } from '#app/utils/auth.server'
import { downloadResponse } from '#app/utils/download.server'
import { withDownloadErrors } from '#app/utils/download-errors.server'

/** The evidence file, streamed as an attachment with the type it was sniffed as (the upload checks refuse HTML and SVG). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withDownloadErrors(request, async () => {
    const actor = await requireUser(request)
    const { evidence, stream } = await getEvidenceDownload({ actor, evidenceId: params.evidenceId ?? '' })
    return downloadResponse({ body: stream, fileName: evidence.filename, contentType: evidence.contentType, size: evidence.size })
  })
}
