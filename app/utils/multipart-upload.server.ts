// Reads a multipart upload as it arrives (busboy, the parser multer is built on): one file part,
// streamed to whoever keeps it, and a few small text fields. Remix's own parser answers 500 for a
// file name holding `"` or `;` and keeps every part it is given; this one names the field at fault
// and takes exactly one file. OWASP ASVS 4.0 V12.1.
import { PassThrough, Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import busboy from 'busboy'
import { AppError } from './app-error'

export const FILE_FIELD = 'file'
const FIELD_LIMITS = { fields: 20, fieldSize: 16 * 1024, parts: 25 }

export type TReceivedFile = { filename: string; data: AsyncIterable<Uint8Array> }

export type TReadUploadOptions<TFile> = {
  request: Request
  maxFileBytes: number
  /** Keeps (or refuses) the one file as it streams in. */
  receiveFile: (file: TReceivedFile) => Promise<TFile>
  /** Undoes `receiveFile` when the rest of the upload is refused. */
  discardFile: (file: TFile) => Promise<void>
}

export type TUpload<TFile> = { fields: Map<string, string>; file: TFile | undefined }

function refused(field: string, message: string, reason?: string) {
  return new AppError('validation', { message, details: { fields: { [field]: message }, ...(reason ? { reason } : {}) } })
}

export async function readUpload<TFile>({ request, maxFileBytes, receiveFile, discardFile }: TReadUploadOptions<TFile>): Promise<TUpload<TFile>> {
  const contentType = request.headers.get('Content-Type') ?? ''
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) {
    throw refused(FILE_FIELD, `Send the upload as multipart/form-data, with the file in the "${FILE_FIELD}" field`)
  }
  let parser: busboy.Busboy
  try {
    // One byte past the limit reaches the receiver, so it can say the file is too large.
    // Browsers send a file name as UTF-8 bytes in `filename="..."` (the HTML standard), not Latin-1.
    parser = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8', limits: { ...FIELD_LIMITS, files: 1, fileSize: maxFileBytes + 1 } })
  } catch {
    throw refused(FILE_FIELD, 'The upload is not readable multipart/form-data')
  }
  const fields = new Map<string, string>()
  let receiving: Promise<TFile> | undefined
  let problem: unknown

  parser.on('file', (name, stream, { filename }) => {
    if (name !== FILE_FIELD) {
      problem ??= refused(name, `Send the file in the "${FILE_FIELD}" field, not "${name}"`)
      return stream.resume()
    }
    // An empty file input arrives as a part without a name: no file chosen.
    if (!filename) return stream.resume()
    const data = new PassThrough()
    // A body cut short ends the part with an error; it must reach the receiver (which reads it from
    // the stream's errored state, even if it starts reading later), not crash the process.
    data.on('error', () => undefined)
    stream.once('error', (error: Error) => data.destroy(error))
    stream.pipe(data)
    receiving = receiveFile({ filename, data }).catch((error: unknown) => {
      // The rest of the part is read and dropped, so the form's other fields still arrive.
      stream.unpipe(data)
      stream.resume()
      throw error
    })
    receiving.catch(() => undefined)
  })
  parser.on('field', (name, value, { valueTruncated }) => {
    if (valueTruncated) problem ??= refused(name, `The "${name}" field is longer than ${FIELD_LIMITS.fieldSize / 1024} KB`)
    fields.set(name, value)
  })
  parser.on('filesLimit', () => {
    problem ??= refused(FILE_FIELD, 'Send one file per upload; this one had more than one', 'more_than_one_file')
  })
  parser.on('fieldsLimit', () => {
    problem ??= refused(FILE_FIELD, `The upload has more than ${FIELD_LIMITS.fields} fields`)
  })
  parser.on('partsLimit', () => {
    problem ??= refused(FILE_FIELD, `The upload has more than ${FIELD_LIMITS.parts} parts`)
  })

  const parsed = new Promise<void>((resolve, reject) => {
    parser.once('close', resolve)
    parser.on('error', (error: Error) => reject(refused(FILE_FIELD, `The upload could not be read: ${error.message}`)))
  })
  const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>)
  // A client that goes away mid-upload ends the body with an error: the parser is told, nothing crashes.
  body.on('error', (error: Error) => parser.destroy(error))
  body.pipe(parser)
  const parseFailure = await parsed.then(
    () => undefined,
    (error: unknown) => error,
  )
  // The file part has been read by now; its checks may still be running.
  const received = receiving ? await receiving.then((file) => ({ file }), (error: unknown) => ({ error })) : { file: undefined }
  const file = 'file' in received ? received.file : undefined
  const failure = parseFailure ?? problem ?? ('error' in received ? received.error : undefined)
  if (failure !== undefined) {
    if (file !== undefined) await discardFile(file)
    throw failure
  }
  return { fields, file }
}
