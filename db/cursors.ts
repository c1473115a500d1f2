import { BSON, Long, type Document } from 'bson'
import { cursorNotFound } from './errors'
import { maxBsonObjectSize } from './wire'

// MongoDB's first batch is 101 documents unless the client asks otherwise.
const DEFAULT_FIRST_BATCH = 101
/** Leaves room for the reply envelope around a batch of documents. */
const BATCH_BYTES = maxBsonObjectSize - 64 * 1024

interface Cursor {
  namespace: string
  docs: Document[]
  position: number
}

/** Open cursors: a result too large for one reply, served batch by batch through getMore. */
export class CursorRegistry {
  private readonly cursors = new Map<string, Cursor>()
  private nextId = BigInt(Date.now()) * 1000n

  /** The `{ cursor: { firstBatch, id, ns } }` reply; keeps the rest for getMore. */
  open(namespace: string, docs: Document[], batchSize: unknown, singleBatch = false): Document {
    const firstBatch = takeBatch(docs, 0, batchSize === undefined ? DEFAULT_FIRST_BATCH : Number(batchSize))
    let id = Long.ZERO
    if (!singleBatch && firstBatch.length < docs.length) {
      this.nextId += 1n
      id = Long.fromBigInt(this.nextId)
      this.cursors.set(id.toString(), { namespace, docs, position: firstBatch.length })
    }
    return { cursor: { firstBatch, id, ns: namespace }, ok: 1 }
  }

  next(cursorId: unknown, batchSize: unknown): Document {
    const id = String(cursorId)
    const cursor = this.cursors.get(id)
    if (!cursor) throw cursorNotFound(id)
    const nextBatch = takeBatch(cursor.docs, cursor.position, batchSize === undefined ? 0 : Number(batchSize))
    cursor.position += nextBatch.length
    const exhausted = cursor.position >= cursor.docs.length
    if (exhausted) this.cursors.delete(id)
    return { cursor: { nextBatch, id: exhausted ? Long.ZERO : Long.fromString(id), ns: cursor.namespace }, ok: 1 }
  }

  kill(cursorIds: unknown[]): Document {
    const cursorsKilled: unknown[] = []
    const cursorsNotFound: unknown[] = []
    for (const id of cursorIds) {
      if (this.cursors.delete(String(id))) cursorsKilled.push(id)
      else cursorsNotFound.push(id)
    }
    return { cursorsKilled, cursorsNotFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 }
  }
}

/** Up to `batchSize` documents (0: no count limit), never more than fits in one 16 MB reply. */
function takeBatch(docs: Document[], start: number, batchSize: number): Document[] {
  const end = batchSize > 0 ? Math.min(docs.length, start + batchSize) : docs.length
  const batch: Document[] = []
  let bytes = 0
  for (let position = start; position < end; position += 1) {
    bytes += BSON.calculateObjectSize(docs[position], { ignoreUndefined: true }) + 16
    if (bytes > BATCH_BYTES && batch.length > 0) break
    batch.push(docs[position])
  }
  return batch
}
