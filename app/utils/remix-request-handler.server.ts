import { type IncomingMessage } from 'node:http'
import { Transform } from 'node:stream'
import {
  createReadableStreamFromReadable,
  createRequestHandler as createRemixHandler,
  writeReadableStreamToWritable,
  type AppLoadContext,
  type ServerBuild,
} from '@remix-run/node'
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { EVIDENCE_MAX_BYTES } from './file-sniffing.server'
import { RequestBodyTooLargeError } from './request-body.server'

// The public verify page and API take one signed PDF (app/services/signing/verify-agreement-pdf.server.ts).
const VERIFY_PDF_BYTES = 25 * 1024 * 1024
// A multipart form's boundaries and other fields around its file.
const ENVELOPE_BYTES = 1024 * 1024

export type TBodyLimitOptions = {
  /** JSON, forms and text: BODY_LIMIT_BYTES. */
  textBytes: number
}

export type TRemixRequestOptions = {
  limits: TBodyLimitOptions
  /** APP_ORIGIN: the request's URL is built on it, never on the Host header a client sends. */
  appOrigin: string
}

// Bodies read as text in one piece; everything else (multipart, a raw file) is a file upload.
const TEXT_TYPES = /^(application\/(x-www-form-urlencoded|([a-z0-9.+-]+\+)?json)|text\/[a-z0-9.+-]+)?$/

/**
 * The most a request's body may hold: a file upload is refused by its own route at the file's limit
 * (evidence: the file store's 25 MB), so this outer bound only stops what no route would take.
 */
export function bodyLimitFor(request: Pick<IncomingMessage, 'headers'> & { path: string }, { textBytes }: TBodyLimitOptions) {
  if (request.path === '/api/v1/verify') return VERIFY_PDF_BYTES
  if (request.path === '/verify') return VERIFY_PDF_BYTES + ENVELOPE_BYTES
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  return TEXT_TYPES.test(mediaType) ? textBytes : EVIDENCE_MAX_BYTES + ENVELOPE_BYTES
}

/**
 * The body as the route reads it, counted as it arrives: past the limit (or at once, when its
 * Content-Length already says more) the stream fails with RequestBodyTooLargeError, which the
 * routes' readers answer with 413. Nothing past the limit is read from the connection.
 */
function countedBody(incoming: IncomingMessage, limitBytes: number) {
  const declared = Number(incoming.headers['content-length'])
  if (Number.isFinite(declared) && declared > limitBytes) {
    return new ReadableStream<Uint8Array>({ start: (controller) => controller.error(new RequestBodyTooLargeError(limitBytes)) })
  }
  let received = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.byteLength
      callback(received > limitBytes ? new RequestBodyTooLargeError(limitBytes) : null, chunk)
    },
  })
  // pipe() stops feeding a destination that fails, leaving the rest of the body unread.
  incoming.pipe(counter)
  return createReadableStreamFromReadable(counter)
}

/** As @remix-run/express builds the Fetch request, with the body counted against its limit. */
function remixRequest(request: ExpressRequest, response: ExpressResponse, { limits, appOrigin }: TRemixRequestOptions) {
  // Joined as text: a path such as "//evil.example/" stays a path of this origin.
  const url = new URL(`${appOrigin}${request.originalUrl}`)
  const controller = new AbortController()
  response.on('close', () => {
    if (!response.writableFinished) controller.abort()
  })
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    for (const each of [value ?? []].flat()) headers.append(name, each)
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  return new Request(url, {
    method: request.method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: countedBody(request, bodyLimitFor(request, limits)), duplex: 'half' } : {}),
  } as RequestInit)
}

async function sendResponse(request: ExpressRequest, response: ExpressResponse, fetchResponse: Response) {
  response.statusMessage = fetchResponse.statusText
  response.status(fetchResponse.status)
  for (const [name, value] of fetchResponse.headers.entries()) response.append(name, value)
  // Signed-in pages, API answers and downloads are never kept by a browser or proxy unless a route says so.
  if (!response.getHeader('Cache-Control')) response.setHeader('Cache-Control', 'no-store')
  // A body the route did not read (refused, or past its limit) is not drained: the connection closes.
  if (!request.complete) response.setHeader('Connection', 'close')
  if (fetchResponse.body) await writeReadableStreamToWritable(fetchResponse.body, response)
  else response.end()
}

export type TRequestHandlerOptions = TRemixRequestOptions & {
  build: ServerBuild | (() => Promise<ServerBuild>)
  mode: string
  getLoadContext: (request: ExpressRequest, response: ExpressResponse) => AppLoadContext
}

/** Remix's Express adapter, with request bodies bounded while they stream and `no-store` by default. */
export function createRequestHandler({ build, mode, getLoadContext, ...requestOptions }: TRequestHandlerOptions) {
  const handleRequest = createRemixHandler(build, mode)
  return async (request: ExpressRequest, response: ExpressResponse, next: NextFunction) => {
    try {
      const fetchResponse = await handleRequest(remixRequest(request, response, requestOptions), getLoadContext(request, response))
      await sendResponse(request, response, fetchResponse)
    } catch (error) {
      next(error)
    }
  }
}
