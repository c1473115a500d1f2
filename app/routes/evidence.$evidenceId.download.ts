import { Readable } from 'node:stream'
import { type LoaderFunctionArgs } from '@remix-run/node'
import { getEvidenceDownload } from '#app/services/compliance/get-evidence-download.server'
import { requireUser } from '#app/utils/auth.server'
import { withPageErrors } from '#app/utils/route-errors.server'

/**
 * The evidence file, always as an attachment with the type it was sniffed as and a sandboxing CSP,
 * so a browser never renders an upload inline (server.ts adds `X-Content-Type-Options: nosniff` to
 * every response; the upload checks already refuse HTML and SVG).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const { evidence, stream } = await getEvidenceDownload({ actor, evidenceId: params.evidenceId ?? '' })
    const asciiName = evidence.filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      headers: {
        'Content-Type': evidence.contentType,
        'Content-Length': String(evidence.size),
        'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(evidence.filename)}`,
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      },
    })
  })
}
