import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { Readable } from 'node:stream'
import type { ReadableStream } from 'node:stream/web'
import { fileTypeFromStream } from 'file-type'
import mongoose from 'mongoose'
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_TYPES,
  EvidenceRejection,
  TextCheck,
  checkFileName,
  classifyEvidence,
  type TEvidenceKind,
} from '#app/utils/file-sniffing.server'

// mongoose's own driver, so the bucket shares the app's connection (the top-level `mongodb`
// package may be another version).
type Db = mongoose.mongo.Db
type ObjectId = mongoose.mongo.ObjectId
type GridFSBucket = mongoose.mongo.GridFSBucket

export const EVIDENCE_BUCKET = 'evidence'

const HEAD_BYTES = 4100
const TAIL_BYTES = 1024

export function evidenceBucket(db: Db) {
  return new mongoose.mongo.GridFSBucket(db, { bucketName: EVIDENCE_BUCKET })
}

export type TStoreEvidenceFileOptions = {
  db: Db
  filename: string
  data: AsyncIterable<Uint8Array>
  maxBytes?: number
  metadata?: Record<string, unknown>
}

export type TStoredEvidenceFile = {
  fileId: ObjectId
  filename: string
  size: number
  sha256: string
  kind: TEvidenceKind
  contentType: string
}

/**
 * Streams an upload into GridFS while hashing it, counting it against the byte limit and checking
 * it is text, then sniffs what it is. Memory stays bounded (a 4 KB head and 1 KB tail); on any
 * rejection the GridFS file and its chunks are deleted, so nothing is left stored.
 */
export async function storeEvidenceFile({ db, filename, data, maxBytes = EVIDENCE_MAX_BYTES, metadata }: TStoreEvidenceFileOptions): Promise<TStoredEvidenceFile> {
  const { kind: claimed } = checkFileName(filename)
  const bucket = evidenceBucket(db)
  const upload = bucket.openUploadStream(filename, { metadata })
  const hash = createHash('sha256')
  const text = new TextCheck()
  let size = 0
  let head: Buffer = Buffer.alloc(0)
  let tail: Buffer = Buffer.alloc(0)
  try {
    for await (const chunk of data) {
      size += chunk.length
      if (size > maxBytes) {
        throw new EvidenceRejection('too_large', `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`)
      }
      hash.update(chunk)
      text.update(chunk)
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)])
      tail = Buffer.concat([tail, chunk]).subarray(-TAIL_BYTES)
      if (!upload.write(chunk)) await once(upload, 'drain')
    }
    upload.end()
    await once(upload, 'finish')
    const detected = size > 0 ? await sniff(bucket, upload.id) : undefined
    const kind = classifyEvidence({ detected, head, tail, size, isText: text.finish(), claimed })
    return { fileId: upload.id, filename, size, sha256: hash.digest('hex'), kind, contentType: EVIDENCE_TYPES[kind].mime }
  } catch (error) {
    await discardFile(db, upload.id, upload)
    throw error
  }
}

/** file-type reads only what it needs (for a zip, up to its [Content_Types].xml); the rest is left unread. */
async function sniff(bucket: GridFSBucket, fileId: ObjectId) {
  const download = bucket.openDownloadStream(fileId)
  try {
    return await fileTypeFromStream(Readable.toWeb(download) as ReadableStream<Uint8Array>)
  } finally {
    download.destroy()
  }
}

/** Removes a stored upload that will not be kept (a failed form, a bad CSRF token). */
export async function discardEvidenceFile(fileId: ObjectId) {
  const db = mongoose.connection.db
  if (!db) return
  await evidenceBucket(db).delete(fileId).catch(() => undefined)
}

async function discardFile(db: Db, fileId: ObjectId, upload: ReturnType<GridFSBucket['openUploadStream']>) {
  if (!upload.writableFinished) await upload.abort().catch(() => undefined)
  // abort() removes written chunks; the files document (written on finish) and any chunk left by
  // a half-finished write are removed here, so a rejected upload leaves nothing behind.
  await db.collection(`${EVIDENCE_BUCKET}.files`).deleteOne({ _id: fileId })
  await db.collection(`${EVIDENCE_BUCKET}.chunks`).deleteMany({ files_id: fileId })
}
