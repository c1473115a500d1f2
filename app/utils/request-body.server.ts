import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from '@remix-run/node'
import { AppError } from './app-error'

/**
 * Raised by the request body stream (app/utils/remix-handler.server.ts) once a body passes its
 * limit, or at once when its Content-Length already says more: nothing past the limit is read.
 */
export class RequestBodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The request body is larger than ${describeBytes(limitBytes)}`)
    this.name = 'RequestBodyTooLargeError'
  }
}

// server.ts and the Remix build each load their own copy of this module, so the class is
// recognised by its name and limit, not by instanceof.
function isBodyTooLarge(error: unknown): error is RequestBodyTooLargeError {
  return error instanceof Error && error.name === 'RequestBodyTooLargeError' && typeof (error as { limitBytes?: unknown }).limitBytes === 'number'
}

export function describeBytes(bytes: number) {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
  return `${Math.round(bytes / 1024)} KB`
}

function tooLarge(error: RequestBodyTooLargeError, what: string) {
  return new AppError('too_large', { message: `${what} is larger than ${describeBytes(error.limitBytes)}, the most this service accepts` })
}

/** The media type of the body, lower case, without parameters ("multipart/form-data"). */
export function mediaTypeOf(request: Request) {
  return (request.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase()
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data']

/**
 * A posted form, read only once the route has decided who may post it. Any other content type
 * answers 415, a body past the limit 413 and an unreadable one 400, never a server error.
 */
export async function readForm(request: Request): Promise<FormData> {
  const mediaType = mediaTypeOf(request)
  if (!FORM_TYPES.includes(mediaType)) {
    throw new AppError('unsupported_media_type', {
      message: `This form must be sent as ${FORM_TYPES.join(' or ')}, not ${mediaType || 'a body with no Content-Type'}`,
    })
  }
  try {
    return await request.formData()
  } catch (error) {
    if (isBodyTooLarge(error)) throw tooLarge(error, 'The form')
    throw new AppError('validation', { message: 'The form could not be read: send it again from the page' })
  }
}

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json$/

/** A JSON body's text: 415 for another content type, 413 past the limit. */
export async function readJsonText(request: Request): Promise<string> {
  const mediaType = mediaTypeOf(request)
  if (!JSON_TYPE.test(mediaType)) {
    throw new AppError('unsupported_media_type', { message: `Send the body as JSON with "Content-Type: application/json", not ${mediaType || 'no Content-Type'}` })
  }
  try {
    return await request.text()
  } catch (error) {
    if (isBodyTooLarge(error)) throw tooLarge(error, 'The request body')
    throw new AppError('validation', { message: 'The request body could not be read' })
  }
}

/**
 * The body's bytes, counted as they arrive and refused once past `maxBytes` (or at once when its
 * Content-Length already says more), so a large body is never held whole.
 */
export async function readBodyBytes(request: Request, { maxBytes, what }: { maxBytes: number; what: string }): Promise<Uint8Array> {
  const declared = Number(request.headers.get('Content-Length') ?? '')
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(new RequestBodyTooLargeError(maxBytes), what)
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      received += value.byteLength
      if (received > maxBytes) throw new RequestBodyTooLargeError(maxBytes)
      chunks.push(value)
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined)
    if (isBodyTooLarge(error)) throw tooLarge(error, what)
    throw new AppError('validation', { message: `${what} could not be read` })
  }
  return new Uint8Array(Buffer.concat(chunks))
}

// Room for a multipart form's boundaries, part headers and small fields around its one file.
const MULTIPART_ENVELOPE_BYTES = 64 * 1024

/**
 * One file posted in a multipart form (the public verify page), counted as it arrives and refused
 * past `maxBytes`; other small fields come back as text. Nothing is written to disk.
 */
export async function readFormFile(request: Request, { field, maxBytes, what }: { field: string; maxBytes: number; what: string }) {
  const mediaType = mediaTypeOf(request)
  if (mediaType !== 'multipart/form-data') {
    throw new AppError('unsupported_media_type', { message: `Send ${what.toLowerCase()} from the form (multipart/form-data), not ${mediaType || 'a body with no Content-Type'}` })
  }
  const declared = Number(request.headers.get('Content-Length') ?? '')
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_ENVELOPE_BYTES) throw tooLarge(new RequestBodyTooLargeError(maxBytes), what)
  try {
    const formData = await parseMultipartFormData(
      request,
      composeUploadHandlers(
        createMemoryUploadHandler({ maxPartSize: maxBytes, filter: ({ name }) => name === field }),
        createMemoryUploadHandler({ maxPartSize: MULTIPART_ENVELOPE_BYTES }),
      ),
    )
    const file = formData.get(field)
    return { formData, file: file instanceof File && file.size > 0 ? file : null }
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw tooLarge(new RequestBodyTooLargeError(maxBytes), what)
    if (isBodyTooLarge(error)) throw tooLarge(error, what)
    throw new AppError('validation', { message: `${what} could not be read: send it again from the page` })
  }
}
