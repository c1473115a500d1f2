// The uploaded agreement file: received with the same checks and 25 MB limit as evidence (typed
// by its bytes, not its name; programs, archives, markup and polyglots refused), then kept in the
// file store under its SHA-256, as evidence is (decision record 007). Only a Word (.docx) or PDF
// file can be imported. Files imported before the file store were in the GridFS bucket
// `agreement-imports`; the GridFS migration moves them.
import { createHash } from 'node:crypto'
import { fileTypeFromBuffer } from 'file-type'
import { getFileStore, putBytes, readBytes } from '#app/file-store/file-store.server'
import { AppError } from '#app/utils/app-error'
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, EvidenceRejection, TextCheck, checkFileName, classifyEvidence } from '#app/utils/file-sniffing.server'

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

/** Keeps the bytes in the file store; the key is the import's until the sweep finds nothing naming it. */
export async function storeImportFile(file: TReceivedImportFile): Promise<string> {
  return (await putBytes(getFileStore(), file.bytes)).key
}

export async function readImportFile(file: { storeKey?: string }): Promise<Uint8Array> {
  if (!file.storeKey) throw new AppError('not_found', { message: 'The file of a discarded import is no longer kept' })
  return new Uint8Array(await readBytes(getFileStore(), file.storeKey))
}
