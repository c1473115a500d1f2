import { BSON, type Document } from 'bson'

// MongoDB wire protocol framing: https://www.mongodb.com/docs/manual/reference/mongodb-wire-protocol/
const OP_REPLY = 1
const OP_QUERY = 2004
const OP_MSG = 2013
const CHECKSUM_PRESENT = 1
const MORE_TO_COME = 2

export const maxMessageSizeBytes = 48_000_000
export const maxBsonObjectSize = 16 * 1024 * 1024

/**
 * Decimal128 and Binary keep their BSON type. An int64 that fits in a double becomes a number (so mingo
 * compares and $inc's it correctly; the driver returns it as a number anyway); larger ones stay Long.
 */
export const deserializeOptions: BSON.DeserializeOptions = { promoteBuffers: false }

export interface WireRequest {
  requestId: number
  legacy: boolean
  /** The client asked for no reply (unacknowledged write). */
  moreToCome: boolean
  database: string
  command: Document
}

export class MessageTooLarge extends Error {}

/** Collects socket chunks and yields whole messages without re-copying the buffer per chunk. */
export class MessageReader {
  private chunks: Buffer[] = []
  private buffered = 0

  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk)
    this.buffered += chunk.length
    const messages: Buffer[] = []
    while (this.buffered >= 4) {
      const head = this.chunks[0].length >= 4 ? this.chunks[0] : this.merge()
      const length = head.readInt32LE(0)
      if (length < 16 || length > maxMessageSizeBytes) throw new MessageTooLarge(`bad message length ${length}`)
      if (this.buffered < length) break
      const all = this.merge()
      messages.push(all.subarray(0, length))
      const rest = all.subarray(length)
      this.chunks = rest.length ? [rest] : []
      this.buffered = rest.length
    }
    return messages
  }

  private merge(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)]
    return this.chunks[0]
  }
}

export function parseMessage(message: Buffer): WireRequest {
  const requestId = message.readInt32LE(4)
  const opCode = message.readInt32LE(12)
  if (opCode === OP_MSG) return parseOpMsg(message, requestId)
  if (opCode === OP_QUERY) return parseOpQuery(message, requestId)
  throw new Error(`unsupported wire opCode ${opCode}`)
}

function parseOpMsg(message: Buffer, requestId: number): WireRequest {
  const flags = message.readUInt32LE(16)
  const end = flags & CHECKSUM_PRESENT ? message.length - 4 : message.length
  let offset = 20
  let command: Document | undefined
  const sequences: Record<string, Document[]> = {}
  while (offset < end) {
    const kind = message[offset]
    offset += 1
    const size = message.readInt32LE(offset)
    if (kind === 0) {
      command = BSON.deserialize(message.subarray(offset, offset + size), deserializeOptions)
      offset += size
      continue
    }
    const sectionEnd = offset + size
    const nameEnd = message.indexOf(0, offset + 4)
    const identifier = message.toString('utf8', offset + 4, nameEnd)
    const documents: Document[] = []
    let cursor = nameEnd + 1
    while (cursor < sectionEnd) {
      const documentSize = message.readInt32LE(cursor)
      documents.push(BSON.deserialize(message.subarray(cursor, cursor + documentSize), deserializeOptions))
      cursor += documentSize
    }
    sequences[identifier] = documents
    offset = sectionEnd
  }
  if (!command) throw new Error('OP_MSG without a body section')
  Object.assign(command, sequences)
  return {
    requestId,
    legacy: false,
    moreToCome: (flags & MORE_TO_COME) !== 0,
    database: String(command.$db ?? 'admin'),
    command,
  }
}

function parseOpQuery(message: Buffer, requestId: number): WireRequest {
  const nameEnd = message.indexOf(0, 20)
  const namespace = message.toString('utf8', 20, nameEnd)
  const queryStart = nameEnd + 1 + 8
  const size = message.readInt32LE(queryStart)
  const query = BSON.deserialize(message.subarray(queryStart, queryStart + size), deserializeOptions)
  const command = query.$query && typeof query.$query === 'object' ? (query.$query as Document) : query
  return { requestId, legacy: true, moreToCome: false, database: namespace.split('.')[0], command }
}

const serializeOptions: BSON.SerializeOptions = { checkKeys: false, ignoreUndefined: true }

export function encodeReply(request: WireRequest, responseId: number, reply: Document): Buffer {
  const body = BSON.serialize(reply, serializeOptions)
  if (request.legacy) {
    const header = Buffer.alloc(36)
    header.writeInt32LE(36 + body.length, 0)
    header.writeInt32LE(responseId, 4)
    header.writeInt32LE(request.requestId, 8)
    header.writeInt32LE(OP_REPLY, 12)
    header.writeInt32LE(0, 16) // responseFlags
    header.writeBigInt64LE(0n, 20) // cursorID
    header.writeInt32LE(0, 28) // startingFrom
    header.writeInt32LE(1, 32) // numberReturned
    return Buffer.concat([header, body])
  }
  const header = Buffer.alloc(21)
  header.writeInt32LE(21 + body.length, 0)
  header.writeInt32LE(responseId, 4)
  header.writeInt32LE(request.requestId, 8)
  header.writeInt32LE(OP_MSG, 12)
  header.writeUInt32LE(0, 16) // flagBits
  header[20] = 0 // section kind 0: body
  return Buffer.concat([header, body])
}
