import { type LoaderFunctionArgs } from '@remix-run/node'
import { getImportFile } from '#app/services/imports/get-import-file.server'
import { requireUser } from '#app/utils/auth.server'
import { withDownloadErrors } from '#app/utils/download-errors.server'

/** The agreement file as it was uploaded. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withDownloadErrors(request, async () => {
    const actor = await requireUser(request)
    const { bytes, fileName, contentType } = await getImportFile({ actor, importId: params.importId ?? '' })
    return new Response(Buffer.from(bytes), {
      headers: {
        'Content-Type': contentType,
        'Content-Disposition': `attachment; filename="${fileName.replace(/["\\\r\n]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'Content-Length': String(bytes.byteLength),
        'Cache-Control': 'private, no-store',
      },
    })
  })
}
