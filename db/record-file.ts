import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { crc32 } from 'node:zlib'
import { BSON, type Document } from 'bson'
import { deserializeOptions } from './wire'

/*
 * The journal and the snapshot are files of records:
 *   [u32 payload length][u32 CRC-32 of payload][payload]
 * and a payload is one or more BSON documents laid end to end. Each document is serialised on its
 * own, so a record is never one giant BSON buffer: the BSON serializer's own buffer is about 17 MB,
 * and a record holding several large documents (a transaction, an insert of 10 MB files, a batch of
 * a snapshot) would not fit in it. A torn or corrupted record (kill -9 mid-write) fails its length or
 * checksum and ends the file.
 */
const HEADER_BYTES = 8
/** How much of a file is read at once while recovering: small records are cut from this window. */
const READ_WINDOW_BYTES = 1024 * 1024
/** A record at least this large is read straight into its own buffer. */
const DIRECT_READ_BYTES = 64 * 1024

const serializeOptions: BSON.SerializeOptions = { checkKeys: false, ignoreUndefined: true }

/** One document as BSON, in a buffer of exactly its size (the serializer's shared buffer caps at 17 MB). */
function serializeDocument(document: Document): Buffer {
  const bytes = Buffer.allocUnsafe(BSON.calculateObjectSize(document, serializeOptions))
  BSON.serializeWithBufferAndIndex(document, bytes, serializeOptions)
  return bytes
}

/** A record as the buffers to write, header first; `bytes` is their total length. */
export interface EncodedRecord {
  buffers: Buffer[]
  bytes: number
}

export function encodeRecord(documents: Document[]): EncodedRecord {
  const bodies = documents.map(serializeDocument)
  let length = 0
  let checksum = 0
  for (const body of bodies) {
    length += body.length
    checksum = crc32(body, checksum)
  }
  const header = Buffer.allocUnsafe(HEADER_BYTES)
  header.writeUInt32LE(length, 0)
  header.writeUInt32LE(checksum, 4)
  return { buffers: [header, ...bodies], bytes: HEADER_BYTES + length }
}

/** The documents of a payload. Records written before 2026-12 held one `{ m: [...] }` document; their mutations are read the same way. */
export function* payloadDocuments(payload: Buffer): Generator<Document> {
  let offset = 0
  while (offset < payload.length) {
    const size = payload.readInt32LE(offset)
    const document = BSON.deserialize(payload.subarray(offset, offset + size), deserializeOptions)
    offset += size
    if (Array.isArray(document.m)) yield* document.m as Document[]
    else yield document
  }
}

export interface RecordScan {
  /** Bytes of whole, valid records; anything after is a torn or corrupt tail. */
  validBytes: number
  totalBytes: number
}

/**
 * The payloads of a record file, read a bounded amount at a time so a file of any size is never in
 * memory at once. Each payload is its own buffer: documents read from it keep views into it (BSON
 * binary data), and a shared read buffer would stay in memory as long as any of them. Stops at the
 * first torn or corrupt record; `scan` then says where.
 */
export function* readRecords(path: string, scan: RecordScan): Generator<Buffer> {
  const fd = openSync(path, 'r')
  try {
    const file = new WindowedFile(fd, fstatSync(fd).size)
    scan.totalBytes = file.size
    scan.validBytes = 0
    let position = 0
    let previousWasLarge = false
    for (;;) {
      const header = file.peek(position, HEADER_BYTES, previousWasLarge)
      if (!header) return
      const length = header.readUInt32LE(0)
      const checksum = header.readUInt32LE(4)
      const body = file.take(position + HEADER_BYTES, length)
      if (!body || crc32(body) !== checksum) return
      position += HEADER_BYTES + length
      scan.validBytes = position
      previousWasLarge = length >= DIRECT_READ_BYTES
      yield body
    }
  } finally {
    closeSync(fd)
  }
}

/**
 * Small records (a journal's single writes) are cut from a window read in one go; large ones (a
 * snapshot's batches, big documents) are read straight into their own buffer, so their bytes are
 * copied once.
 */
class WindowedFile {
  private window: Buffer = Buffer.alloc(0)
  private windowStart = 0

  constructor(private readonly fd: number, readonly size: number) {}

  /** A view of `length` bytes at `position`, valid until the next call; read on its own when the window is not worth filling. */
  peek(position: number, length: number, alone: boolean): Buffer | undefined {
    if (position + length > this.size) return undefined
    const offset = position - this.windowStart
    if (offset >= 0 && offset + length <= this.window.length) return this.window.subarray(offset, offset + length)
    if (alone) return readExactly(this.fd, Buffer.allocUnsafe(length), 0, position)
    this.window = readExactly(this.fd, Buffer.allocUnsafe(Math.min(READ_WINDOW_BYTES, this.size - position)), 0, position)
    this.windowStart = position
    return this.window.subarray(0, length)
  }

  /** `length` bytes at `position` in a buffer of their own. */
  take(position: number, length: number): Buffer | undefined {
    if (position + length > this.size) return undefined
    if (length < DIRECT_READ_BYTES) return Buffer.from(this.peek(position, length, false)!)
    const bytes = Buffer.allocUnsafe(length)
    const offset = position - this.windowStart
    const fromWindow = offset >= 0 && offset < this.window.length ? Math.min(length, this.window.length - offset) : 0
    if (fromWindow > 0) this.window.copy(bytes, 0, offset, offset + fromWindow)
    return readExactly(this.fd, bytes, fromWindow, position + fromWindow)
  }
}

/** Fills `bytes` from `start` on with the file's bytes from `position`. */
function readExactly(fd: number, bytes: Buffer, start: number, position: number): Buffer {
  let filled = start
  while (filled < bytes.length) {
    const read = readSync(fd, bytes, filled, bytes.length - filled, position + filled - start)
    if (read === 0) throw new Error(`unexpected end of file at byte ${position + filled - start}`)
    filled += read
  }
  return bytes
}
