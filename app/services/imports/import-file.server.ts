// The uploaded agreement file: received with the same checks and 25 MB limit as evidence (typed
// by its bytes, not its name; programs, archives, markup and polyglots refused), then kept in its
// own GridFS bucket, as evidence is kept on this branch's main, with its SHA-256. Only a Word
// (.docx) or PDF file can be imported.
import { createHash } from 'node:crypto'
import { fileTypeFromBuffer } from 'file-type'
import mongoose from 'mongoose'
import { AppError } from '#app/utils/app-error'
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, EvidenceRejection, TextCheck, checkFileName, classifyEvidence } from '#app/utils/file-sniffing.server'

export const IMPORT_BUCKET = 'agreement-imports'
export const IMPORT_MAX_BYTES = EVIDENCE_MAX_BYTES

export type TReceivedImportFile = {
  name: string
  kind: 'docx' | 'pdf'
  contentType: string
  size: number
  sha256: string
  bytes: Uint8Array
}

/**
 * Reads an upload into memory (the readers need the whole file; at most 25 MB), counting it
 * against the limit as it arrives, then checks what it is. A refusal is a validation error on the
 * `file` field that names the reason.
 */
export async function receiveImportFile({ filename, data }: { filename: string; data: AsyncIterable<Uint8Array> }): Promise<TReceivedImportFile> {
  try {
    const { kind: claimed } = checkFileName(filename)
    if (claimed !== 'docx' && claimed !== 'pdf') {
      throw new EvidenceRejection('extension_not_accepted', 'Only a Word document (.docx) or a PDF can be imported; save the agreement as one of those and upload it again')
    }
    const chunks: Uint8Array[] = []
    const text = new TextCheck()
    let size = 0
    for await (const chunk of data) {
      size += chunk.length
      if (size > IMPORT_MAX_BYTES) throw new EvidenceRejection('too_large', `The file is larger than ${Math.round(IMPORT_MAX_BYTES / 1024 / 1024)} MB`)
      text.update(chunk)
      chunks.push(chunk)
    }
    const bytes = new Uint8Array(Buffer.concat(chunks))
    const detected = size > 0 ? await fileTypeFromBuffer(bytes) : undefined
    const kind = classifyEvidence({ detected, head: bytes.subarray(0, 4100), tail: bytes.subarray(-1024), size, isText: text.finish(), claimed })
    if (kind !== 'docx' && kind !== 'pdf') throw new EvidenceRejection('type_mismatch', 'Only a Word document (.docx) or a PDF can be imported')
    return { name: filename, kind, contentType: EVIDENCE_TYPES[kind].mime, size, sha256: createHash('sha256').update(bytes).digest('hex'), bytes }
  } catch (error) {
    if (error instanceof EvidenceRejection) {
      throw new AppError('validation', { message: error.message, details: { fields: { file: error.message }, reason: error.reason } })
    }
    throw error
  }
}

function bucket() {
  const db = mongoose.connection.db
  if (!db) throw new Error('The database is not connected')
  return new mongoose.mongo.GridFSBucket(db, { bucketName: IMPORT_BUCKET })
}

export async function storeImportFile(file: TReceivedImportFile, metadata: Record<string, unknown>) {
  const upload = bucket().openUploadStream(file.name, { metadata: { contentType: file.contentType, sha256: file.sha256, ...metadata } })
  await new Promise<void>((resolve, reject) => {
    upload.once('finish', () => resolve())
    upload.once('error', reject)
    upload.end(Buffer.from(file.bytes))
  })
  return upload.id
}

export async function readImportFile(fileId: mongoose.Types.ObjectId): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of bucket().openDownloadStream(fileId)) chunks.push(chunk as Buffer)
  return new Uint8Array(Buffer.concat(chunks))
}

export async function deleteImportFile(fileId: mongoose.Types.ObjectId) {
  await bucket()
    .delete(fileId)
    .catch(() => undefined)
}
