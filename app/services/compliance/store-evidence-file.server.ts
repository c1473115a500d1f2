import { fileTypeFromFile } from 'file-type'
import { type FileStore } from '#app/file-store/file-store-interface'
import { getFileStore } from '#app/file-store/file-store.server'
import { discardSpool, spoolStream, SpoolLimitError, type TSpooledFile } from '#app/file-store/spool.server'
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, EvidenceRejection, TextCheck, checkFileName, classifyEvidence, type TEvidenceKind } from '#app/utils/file-sniffing.server'
import { checkOfficeZip, ZipBombError } from '#app/utils/office-zip-check.server'
import { checkPdfActiveContent, PdfActiveContentError } from '#app/utils/pdf-active-content.server'

const HEAD_BYTES = 4100
const TAIL_BYTES = 1024

export type TCheckEvidenceFileOptions = {
  filename: string
  data: AsyncIterable<Uint8Array>
  maxBytes?: number
  store?: FileStore
}

/** An upload received and checked, still in its spool file: `keep` it, or `discardSpool` it. */
export type TCheckedEvidenceFile = {
  spooled: TSpooledFile
  filename: string
  size: number
  sha256: string
  kind: TEvidenceKind
  contentType: string
}

/**
 * Streams an upload into a private spool file while hashing it, counting it against the byte limit
 * and checking it is text, then checks what it is: its type from its bytes, an Office file's zip for
 * bombs, a PDF for scripts, launch actions and embedded files. Memory stays bounded (a 4 KB head and
 * 1 KB tail); a refused file is removed at once, so nothing refused is ever stored.
 */
export async function checkEvidenceFile({ filename, data, maxBytes = EVIDENCE_MAX_BYTES, store = getFileStore() }: TCheckEvidenceFileOptions): Promise<TCheckedEvidenceFile> {
  const { kind: claimed } = checkFileName(filename)
  const text = new TextCheck()
  let head: Buffer = Buffer.alloc(0)
  let tail: Buffer = Buffer.alloc(0)
  const spooled = await spoolStream({
    dir: store.spoolDir,
    source: data,
    maxBytes,
    onChunk(chunk) {
      text.update(chunk)
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)])
      tail = Buffer.concat([tail, chunk]).subarray(-TAIL_BYTES)
    },
  }).catch((error: unknown) => {
    if (error instanceof SpoolLimitError) throw new EvidenceRejection('too_large', error.message)
    throw error
  })
  try {
    // file-type reads only what it needs (for a zip, up to its [Content_Types].xml).
    const detected = spooled.size > 0 ? await fileTypeFromFile(spooled.path) : undefined
    const kind = classifyEvidence({ detected, head, tail, size: spooled.size, isText: text.finish(), claimed })
    await checkContent(kind, spooled.path)
    return { spooled, filename, size: spooled.size, sha256: spooled.sha256, kind, contentType: EVIDENCE_TYPES[kind].mime }
  } catch (error) {
    await discardSpool(spooled)
    throw error
  }
}

async function checkContent(kind: TEvidenceKind, path: string) {
  try {
    if (kind === 'docx' || kind === 'xlsx') await checkOfficeZip(path)
    if (kind === 'pdf') await checkPdfActiveContent(path)
  } catch (error) {
    if (error instanceof ZipBombError) throw new EvidenceRejection('zip_bomb', error.message)
    if (error instanceof PdfActiveContentError) throw new EvidenceRejection(error.problem, error.message)
    throw error
  }
}
