import { type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Binary, GridFSBucket, MongoClient, type Db } from 'mongodb'
import { startEmbeddedServer } from '#db/server'
import { COMPACT_AFTER_BYTES } from '#db/store'
import { withDatabase } from '#db/uri'
import { externalUri, spawnServer } from './harness'

// A year or two of a council's evidence, as issue 16 found it: GridFS files (255 KB chunks) and
// documents near MongoDB's 16 MB limit, together more than the 64 MB at which the journal compacts.
const FILES = 20
const FILE_BYTES = 10 * 1024 * 1024
const DOCUMENTS = 10
const DOCUMENT_BYTES = 10 * 1024 * 1024
/** The largest message the driver sends (db/wire.ts): one command's record can be this large. */
const LARGEST_RECORD_BYTES = 48_000_000

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'embedded-at-size-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function filesIn(dbPath: string) {
  const names = readdirSync(dbPath)
  const sizeOf = (name: string) => statSync(join(dbPath, name)).size
  const journals = names.filter((name) => name.startsWith('journal-'))
  return {
    names,
    journals,
    journalBytes: journals.reduce((total, name) => total + sizeOf(name), 0),
    snapshotBytes: names.includes('snapshot.bson') ? sizeOf('snapshot.bson') : 0,
  }
}

function exitOf(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code))
    child.kill(signal)
  })
}

/** SHA-256 of every GridFS file by name, and of every document's payload by _id, as the driver reads them back. */
async function digests(db: Db): Promise<Record<string, string>> {
  const found: Record<string, string> = {}
  const bucket = new GridFSBucket(db)
  for (const file of await bucket.find().toArray()) {
    const hash = createHash('sha256')
    for await (const chunk of bucket.openDownloadStream(file._id)) hash.update(chunk as Buffer)
    found[file.filename] = hash.digest('hex')
  }
  for await (const document of db.collection('letters').find()) {
    found[String(document._id)] = sha256((document.payload as Binary).buffer)
  }
  return found
}

describe('embedded database at a council\'s size', () => {
  it('takes 300 MB of GridFS files and 10 MB documents with a bounded journal, snapshots on SIGTERM, reads every byte back, and restarts straight after kill -9', async () => {
    if (externalUri) return console.info('at size: not run against MONGODB_URI (needs the embedded server\'s files)')
    const dbPath = join(dir, 'db')
    const first = await spawnServer(dbPath)
    let client = await new MongoClient(withDatabase(first.uri, 'council')).connect()
    const bucket = new GridFSBucket(client.db())
    const written: Record<string, string> = {}
    let largestJournal = 0
    const journalWithinBound = () => {
      const { journalBytes, snapshotBytes } = filesIn(dbPath)
      largestJournal = Math.max(largestJournal, journalBytes)
      // Compaction starts once the journal passes 64 MB and half the last snapshot; writes go on meanwhile.
      expect(journalBytes).toBeLessThanOrEqual(2 * Math.max(COMPACT_AFTER_BYTES, snapshotBytes / 2) + LARGEST_RECORD_BYTES)
    }

    for (let file = 0; file < FILES; file += 1) {
      const bytes = randomBytes(FILE_BYTES)
      written[`evidence-${file}.pdf`] = sha256(bytes)
      await pipeline(Readable.from([bytes]), bucket.openUploadStream(`evidence-${file}.pdf`))
      journalWithinBound()
    }
    // Two documents per insert: one journal record of 20 MB, more than the BSON serializer's own buffer.
    for (let pair = 0; pair < DOCUMENTS; pair += 2) {
      const letters = [pair, pair + 1].map((n) => ({ _id: `letter-${n}`, payload: new Binary(randomBytes(DOCUMENT_BYTES)) }))
      for (const letter of letters) written[letter._id] = sha256(letter.payload.buffer)
      await client.db().collection<{ _id: string; payload: Binary }>('letters').insertMany(letters)
      journalWithinBound()
    }
    await client.close()
    const loaded = filesIn(dbPath)
    expect(loaded.snapshotBytes).toBeGreaterThan(COMPACT_AFTER_BYTES)
    expect(largestJournal).toBeLessThan(FILES * FILE_BYTES + DOCUMENTS * DOCUMENT_BYTES)

    expect(await exitOf(first.child, 'SIGTERM')).toBe(0)
    const stopped = filesIn(dbPath)
    expect(stopped.names).not.toContain('mongod.lock')
    expect(stopped.journalBytes).toBe(0)
    expect(stopped.snapshotBytes).toBeGreaterThan(FILES * FILE_BYTES + DOCUMENTS * DOCUMENT_BYTES)

    const second = await spawnServer(dbPath)
    client = await new MongoClient(withDatabase(second.uri, 'council')).connect()
    expect(await digests(client.db())).toEqual(written)
    await client.db().collection('letters').insertOne({ _id: 'after-restart', payload: new Binary(randomBytes(16)) } as never)
    await client.close()

    // kill -9 returns before the process has gone; the restart must not mistake it for a live server.
    second.child.kill('SIGKILL')
    const third = await startEmbeddedServer({ dbPath, port: 0 })
    client = await new MongoClient(withDatabase(third.uri, 'council')).connect()
    const letters = client.db().collection('letters')
    expect(await letters.countDocuments()).toBe(DOCUMENTS + 1)
    expect(sha256(((await letters.findOne({ _id: 'letter-3' } as never))!.payload as Binary).buffer)).toBe(written['letter-3'])
    await client.close()
    await third.close()
  }, 240_000)
})
