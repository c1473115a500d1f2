import { Readable } from 'node:stream'
import contentDisposition from 'content-disposition'

export type TDownload = {
  body: Uint8Array | Readable | string
  fileName: string
  contentType: string
  /** Needed for a stream; worked out for bytes and text. */
  size?: number
}

/**
 * A file download: always an attachment, named per RFC 6266 whatever its name holds (quotes,
 * semicolons, accents: an ASCII fallback and a UTF-8 `filename*`), never kept by any cache, and
 * sandboxed should a browser render it anyway (server.ts adds `X-Content-Type-Options: nosniff`).
 * OWASP ASVS 4.0 V12.5.
 */
export function downloadResponse({ body, fileName, contentType, size }: TDownload) {
  const bytes = body instanceof Readable ? undefined : typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body)
  return new Response(bytes ?? (Readable.toWeb(body as Readable) as ReadableStream<Uint8Array>), {
    headers: {
      'Content-Type': contentType,
      ...(bytes || size !== undefined ? { 'Content-Length': String(bytes?.length ?? size) } : {}),
      'Content-Disposition': contentDisposition(fileName, { type: 'attachment' }),
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  })
}
