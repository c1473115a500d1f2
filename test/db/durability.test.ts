import { type ChildProcess } from 'node:child_process'
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { BSON, type Document } from 'bson'
import { MongoClient } from 'mongodb'
import { startEmbeddedServer } from '#db/server'
import { withDatabase } from '#db/uri'
import { externalUri, spawnServer } from './harness'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'embedded-durability-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** These tests need the embedded server's own files and process, so a real MongoDB cannot run them. */
function needsEmbeddedServer(test: string): boolean {
  if (!externalUri) return true
  console.info(`${test}: not run against MONGODB_URI (needs the embedded server's journal files)`)
  return false
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}

function journalFile(dbPath: string): string {
  const [name] = readdirSync(dbPath).filter((file) => file.startsWith('journal-'))
  return join(dbPath, name)
}

/** A record as written before 2026-12: [length][CRC-32][one BSON document]. */
function legacyRecord(payload: Document): Buffer {
  const body = BSON.serialize(payload)
  const header = Buffer.alloc(8)
  header.writeUInt32LE(body.length, 0)
  header.writeUInt32LE(crc32(body), 4)
  return Buffer.concat([header, body])
}

async function readBack(dbPath: string, read: (client: MongoClient) => Promise<void>) {
  const server = await startEmbeddedServer({ dbPath, port: 0 })
  const client = await new MongoClient(withDatabase(server.uri, 'durability')).connect()
  try {
    await read(client)
  } finally {
    await client.close()
    await server.close()
  }
}

describe('embedded database: durability', () => {
  it('keeps data and indexes across a restart', async () => {
    if (!needsEmbeddedServer('restart')) return
    const dbPath = join(dir, 'db')
    const server = await startEmbeddedServer({ dbPath, port: 0 })
    const client = await new MongoClient(withDatabase(server.uri, 'durability')).connect()
    const schools = client.db().collection('schools')
    await schools.createIndex({ urn: 1 }, { unique: true })
    await schools.insertMany([
      { urn: 100001, name: 'Oakfield' },
      { urn: 100002, name: 'Riverside' },
    ])
    await schools.updateOne({ urn: 100002 }, { $set: { name: 'Riverside Academy' } })
    await schools.deleteOne({ urn: 100001 })
    await client.close()
    await server.close()

    await readBack(dbPath, async (restarted) => {
      const again = restarted.db().collection('schools')
      expect(await again.find({}, { projection: { _id: 0 } }).toArray()).toEqual([
        { urn: 100002, name: 'Riverside Academy' },
      ])
      await expect(again.insertOne({ urn: 100002, name: 'Copy' })).rejects.toMatchObject({ code: 11000 })
    })
  })

  it('CLI: prints ready with the URI, and on SIGTERM flushes and exits 0', async () => {
    if (!needsEmbeddedServer('CLI SIGTERM')) return
    const dbPath = join(dir, 'db')
    const { child, uri } = await spawnServer(dbPath)
    expect(uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/\?retryWrites=false$/)
    const client = await new MongoClient(withDatabase(uri, 'durability')).connect()
    await client.db().collection('terms').insertOne({ name: 'Autumn 2026' })
    await client.close()
    const exitCode = await new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code))
      child.kill('SIGTERM')
    })
    expect(exitCode).toBe(0)
    expect(readdirSync(dbPath)).not.toContain('mongod.lock')
    await readBack(dbPath, async (restarted) => {
      expect(await restarted.db().collection('terms').countDocuments({ name: 'Autumn 2026' })).toBe(1)
    })
  })

  it('loses no acknowledged insert when the server is killed with SIGKILL during 1,000 concurrent inserts', async () => {
    if (!needsEmbeddedServer('kill -9')) return
    const dbPath = join(dir, 'db')
    const { child, uri } = await spawnServer(dbPath)
    const client = await new MongoClient(withDatabase(uri, 'durability'), { maxPoolSize: 50 }).connect()
    const acknowledged: number[] = []
    let killing: Promise<void> | undefined
    const inserts = Array.from({ length: 1000 }, (_, n) =>
      client
        .db()
        .collection('receipts')
        .insertOne({ _id: n, at: new Date() } as never)
        .then(() => {
          acknowledged.push(n)
          if (acknowledged.length === 400) killing = killHard(child)
        })
    )
    await Promise.allSettled(inserts)
    await killing
    await client.close(true)
    expect(acknowledged.length).toBeGreaterThanOrEqual(400)

    await readBack(dbPath, async (restarted) => {
      const stored = new Set(
        (await restarted.db().collection('receipts').find().toArray()).map(
          (receipt) => receipt._id as unknown as number
        )
      )
      const lost = acknowledged.filter((n) => !stored.has(n))
      expect(lost).toEqual([])
    })
  })

  it('recovers from snapshot plus journal after compactions and a SIGKILL', async () => {
    if (!needsEmbeddedServer('compaction')) return
    const dbPath = join(dir, 'db')
    const { child, uri } = await spawnServer(dbPath, ['--compact-after-bytes', '20000'])
    const client = await new MongoClient(withDatabase(uri, 'durability')).connect()
    const reviews = client.db().collection('reviews')
    await reviews.createIndex({ ref: 1 }, { unique: true })
    for (let batch = 0; batch < 20; batch += 1) {
      await reviews.insertMany(Array.from({ length: 50 }, (_, n) => ({ ref: batch * 50 + n, note: 'x'.repeat(40) })))
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    // 1,000 reviews; the even refs below 200 are deleted and every ref from 900 up is marked done.
    await reviews.deleteMany({ ref: { $lt: 200 }, $expr: { $eq: [{ $mod: ['$ref', 2] }, 0] } })
    await reviews.updateMany({ ref: { $gte: 900 } }, { $set: { done: true } })
    expect(readdirSync(dbPath)).toContain('snapshot.bson')
    await client.close()
    await killHard(child)

    await readBack(dbPath, async (restarted) => {
      const again = restarted.db().collection('reviews')
      expect(await again.countDocuments()).toBe(900)
      expect(await again.countDocuments({ done: true })).toBe(100)
      expect(await again.findOne({ ref: 100 })).toBeNull()
      expect((await again.findOne({ ref: 101 }))!.note).toBe('x'.repeat(40))
      await expect(again.insertOne({ ref: 101 })).rejects.toMatchObject({ code: 11000 })
    })
  })

  it('drops a torn last journal record and keeps every whole one', async () => {
    if (!needsEmbeddedServer('torn journal tail')) return
    const dbPath = join(dir, 'db')
    const { child, uri } = await spawnServer(dbPath)
    const client = await new MongoClient(withDatabase(uri, 'durability')).connect()
    const notices = client.db().collection('notices')
    // One insert per journal record: ten records.
    for (let n = 1; n <= 10; n += 1) await notices.insertOne({ _id: n, served: true } as never)
    await client.close()
    await killHard(child)

    // A crash part-way through writing record 10: its last 5 bytes never reached the disk.
    const journal = journalFile(dbPath)
    truncateSync(journal, statSync(journal).size - 5)
    await readBack(dbPath, async (restarted) => {
      const ids = (await restarted.db().collection('notices').find().sort({ _id: 1 }).toArray()).map(
        (notice) => notice._id
      )
      expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
      await restarted
        .db()
        .collection('notices')
        .insertOne({ _id: 11, served: false } as never)
    })

    // Garbage after the last whole record (a header promising more bytes than exist) is dropped too.
    const { child: second } = await spawnServer(dbPath)
    await killHard(second)
    appendFileSync(journalFile(dbPath), Buffer.from([0xff, 0x00, 0x00, 0x00, 0x12, 0x34]))
    await readBack(dbPath, async (restarted) => {
      const ids = (await restarted.db().collection('notices').find().sort({ _id: 1 }).toArray()).map(
        (notice) => notice._id
      )
      expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11])
    })
  })

  it('reads a data directory written before records were split into documents', async () => {
    if (!needsEmbeddedServer('older data directory')) return
    const dbPath = join(dir, 'db')
    mkdirSync(dbPath)
    // Until 2026-12 each record was one { m: [mutations] } document, and the lock held a bare pid.
    const schools = { db: 'durability', coll: 'schools' }
    writeFileSync(
      join(dbPath, 'snapshot.bson'),
      Buffer.concat([
        legacyRecord({ generation: 3 }),
        legacyRecord({
          m: [
            { op: 'createCollection', ...schools, options: {} },
            { op: 'createIndex', ...schools, spec: { v: 2, key: { urn: 1 }, name: 'urn_1', unique: true } },
          ],
        }),
        legacyRecord({ m: [{ op: 'putMany', ...schools, docs: [{ _id: 1, urn: 100001 }, { _id: 2, urn: 100002 }] }] }),
      ])
    )
    writeFileSync(
      join(dbPath, 'journal-00000003.log'),
      legacyRecord({ m: [{ op: 'put', ...schools, doc: { _id: 3, urn: 100003 } }, { op: 'delete', ...schools, id: 1 }] })
    )
    writeFileSync(join(dbPath, 'mongod.lock'), '999999999')

    await readBack(dbPath, async (restarted) => {
      const again = restarted.db().collection('schools')
      expect(await again.find().sort({ _id: 1 }).toArray()).toEqual([
        { _id: 2, urn: 100002 },
        { _id: 3, urn: 100003 },
      ])
      await expect(again.insertOne({ _id: 4, urn: 100002 } as never)).rejects.toMatchObject({ code: 11000 })
    })
  })
})
