import { BSON, type Document } from 'bson'
import { CommandError, failedToParse } from '../errors'
import type { Invocation, ServerState } from './context'

// A backup needs every collection as it stood at one instant, while the server keeps answering
// (decision record 007). Stored documents are never mutated (a write stores a new object), so the
// snapshot is each collection's list of documents taken in one turn of the event loop: a copy of
// references, milliseconds for a large data set, served afterwards in batches. A transaction's
// writes are applied before it commits, so the snapshot waits for an instant with none open.

/** Far below the 48 MB message limit; at least one document per batch, however large. */
const DEFAULT_BATCH_BYTES = 8 * 1024 * 1024
/** A snapshot left unread this long (its client gone) is released, as MongoDB times out idle cursors. */
const IDLE_MS = 10 * 60 * 1000

type TSnapshot = {
  collections: Array<{ name: string; docs: Document[] }>
  collection: number
  position: number
  timer: NodeJS.Timeout
}

const snapshotsByServer = new WeakMap<ServerState, Map<string, TSnapshot>>()
let nextId = 0

function snapshotsOf(server: ServerState) {
  let snapshots = snapshotsByServer.get(server)
  if (!snapshots) {
    snapshots = new Map()
    snapshotsByServer.set(server, snapshots)
  }
  return snapshots
}

function release(server: ServerState, id: string) {
  const snapshot = snapshotsOf(server).get(id)
  if (snapshot) clearTimeout(snapshot.timer)
  snapshotsOf(server).delete(id)
}

function keepAlive(server: ServerState, id: string, snapshot: TSnapshot) {
  clearTimeout(snapshot.timer)
  snapshot.timer = setTimeout(() => release(server, id), IDLE_MS)
  snapshot.timer.unref()
}

/**
 * `{ backupSnapshot: 1 }` on a database: its collections (options, indexes, document counts) as
 * they are now, and an id to read their documents with `backupSnapshotNext`.
 */
export function backupSnapshot({ db }: Invocation, server: ServerState): Document {
  const open = [...server.store.transactions.values()].some((transaction) => transaction.state === 'active')
  if (open) throw new CommandError('A transaction is open; ask again in a moment for a consistent snapshot', 112, 'WriteConflict', { errorLabels: ['TransientTransactionError'] })
  const collections = [...(server.store.engine.databases.get(db)?.values() ?? [])].map((collection) => ({
    name: collection.name,
    options: collection.options,
    indexes: collection.indexes.map((index) => index.spec),
    docs: [...collection.docs.values()],
  }))
  const id = String(++nextId)
  const snapshot: TSnapshot = { collections: collections.map(({ name, docs }) => ({ name, docs })), collection: 0, position: 0, timer: setTimeout(() => undefined, 0) }
  keepAlive(server, id, snapshot)
  snapshotsOf(server).set(id, snapshot)
  return { ok: 1, id, collections: collections.map(({ name, options, indexes, docs }) => ({ name, options, indexes, count: docs.length })) }
}

/** `{ backupSnapshotNext: id, batchBytes? }`: the next documents, each as `{ c: collection, d: document }`, and whether that was all. */
export function backupSnapshotNext({ command }: Invocation, server: ServerState): Document {
  const id = String(command.backupSnapshotNext)
  const snapshot = snapshotsOf(server).get(id)
  if (!snapshot) throw failedToParse(`no backup snapshot ${id} (it was read to the end, or left unread for ${IDLE_MS / 60_000} minutes)`)
  const batchBytes = Number(command.batchBytes ?? DEFAULT_BATCH_BYTES)
  const batch: Document[] = []
  let bytes = 0
  while (snapshot.collection < snapshot.collections.length) {
    const { name, docs } = snapshot.collections[snapshot.collection]
    if (snapshot.position >= docs.length) {
      snapshot.collection += 1
      snapshot.position = 0
      continue
    }
    const doc = docs[snapshot.position]
    bytes += BSON.calculateObjectSize(doc) + name.length + 16
    if (bytes > batchBytes && batch.length > 0) break
    batch.push({ c: name, d: doc })
    snapshot.position += 1
  }
  const done = snapshot.collection >= snapshot.collections.length
  if (done) release(server, id)
  else keepAlive(server, id, snapshot)
  return { ok: 1, batch, done }
}

/** `{ compact: <collection> }`: MongoDB's command; here it compacts the whole journal into a snapshot now. */
export async function compact(_call: Invocation, server: ServerState): Promise<Document> {
  await server.store.compact()
  return { ok: 1 }
}
