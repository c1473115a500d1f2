// The database as it stood at one instant, written to one BSON file per collection. On the embedded
// server through its `backupSnapshot` command (db/commands/backup.ts); on MongoDB through a snapshot
// session, whose reads all see one point in time.
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import mongoose from 'mongoose'

type Db = mongoose.mongo.Db
type Document = mongoose.mongo.Document

export type TCollectionDump = { name: string; options: Document; indexes: Document[]; count: number; file: string }

const BSON = mongoose.mongo.BSON
// Numbers keep their BSON types (int32, int64, double) on the way out and back in.
const RAW_TYPES = { promoteValues: false, promoteLongs: false } as const
const SNAPSHOT_RETRY_MS = 30_000

/** Writes a collection's documents to one file, one BSON document after another. */
class CollectionWriter {
  count = 0
  private readonly stream
  constructor(readonly file: string) {
    this.stream = createWriteStream(file, { mode: 0o600 })
  }
  async write(doc: Document) {
    this.count += 1
    if (!this.stream.write(BSON.serialize(doc))) await once(this.stream, 'drain')
  }
  async close() {
    this.stream.end()
    await once(this.stream, 'close')
  }
}

export type TSnapshotOptions = { db: Db; workDir: string; visit: (collection: string, doc: Document) => void }

export async function snapshotDatabase(options: TSnapshotOptions): Promise<{ source: 'embedded' | 'mongodb'; collections: TCollectionDump[] }> {
  const opened = await openEmbeddedSnapshot(options.db)
  if (opened) return { source: 'embedded', collections: await readEmbeddedSnapshot(options, opened) }
  return { source: 'mongodb', collections: await readSnapshotSession(options) }
}

type TOpened = { id: string; collections: Array<{ name: string; options: Document; indexes: Document[]; count: number }> }

/** Undefined on a real MongoDB, which has no such command. */
async function openEmbeddedSnapshot(db: Db): Promise<TOpened | undefined> {
  const deadline = Date.now() + SNAPSHOT_RETRY_MS
  for (;;) {
    try {
      return (await db.command({ backupSnapshot: 1 })) as unknown as TOpened
    } catch (error) {
      const codeName = (error as { codeName?: string }).codeName
      if (codeName === 'CommandNotFound') return undefined
      // A transaction was open at that instant: the next instant will do.
      if (codeName !== 'WriteConflict' || Date.now() > deadline) throw error
      await delay(10)
    }
  }
}

async function readEmbeddedSnapshot({ db, workDir, visit }: TSnapshotOptions, opened: TOpened) {
  const writers = new Map(opened.collections.map((collection) => [collection.name, new CollectionWriter(path.join(workDir, `${collection.name}.bson`))]))
  for (;;) {
    const { batch, done } = (await db.command({ backupSnapshotNext: opened.id }, RAW_TYPES)) as unknown as { batch: Array<{ c: string; d: Document }>; done: boolean }
    for (const { c, d } of batch) {
      visit(c, d)
      await writers.get(c)?.write(d)
    }
    if (done) break
  }
  for (const writer of writers.values()) await writer.close()
  return opened.collections.map((collection) => ({ ...collection, file: writers.get(collection.name)!.file }))
}

async function readSnapshotSession({ db, workDir, visit }: TSnapshotOptions) {
  const session = db.client.startSession({ snapshot: true })
  try {
    const dumps: TCollectionDump[] = []
    for (const info of await db.listCollections({ type: 'collection' }, { session }).toArray()) {
      if (info.name.startsWith('system.')) continue
      const collection = db.collection(info.name)
      const writer = new CollectionWriter(path.join(workDir, `${info.name}.bson`))
      for await (const doc of collection.find({}, { session, ...RAW_TYPES })) {
        visit(info.name, doc)
        await writer.write(doc)
      }
      await writer.close()
      dumps.push({ name: info.name, options: 'options' in info ? (info.options ?? {}) : {}, indexes: await collection.listIndexes({ session }).toArray(), count: writer.count, file: writer.file })
    }
    return dumps
  } finally {
    await session.endSession()
  }
}
