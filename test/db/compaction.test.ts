import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { MongoClient } from 'mongodb'
import { startEmbeddedServer, type EmbeddedServer } from '#db/server'
import { withDatabase } from '#db/uri'
import { externalUri } from './harness'

let dir: string
let dbPath: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'embedded-compaction-'))
  dbPath = join(dir, 'db')
})

afterEach(() => {
  vi.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

function needsEmbeddedServer(test: string): boolean {
  if (!externalUri) return true
  console.info(`${test}: not run against MONGODB_URI (needs the embedded server's journal files)`)
  return false
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 10_000) throw new Error(`waited 10 s for ${what}`)
    await delay(20)
  }
}

/** Inserts `count` notes of about 1 KB each, one command (and one journal record) per note. */
async function addNotes(server: EmbeddedServer, from: number, count: number): Promise<void> {
  const client = await new MongoClient(withDatabase(server.uri, 'register')).connect()
  for (let n = from; n < from + count; n += 1) await client.db().collection('notes').insertOne({ n, text: 'x'.repeat(1000) })
  await client.close()
}

async function countNotes(server: EmbeddedServer): Promise<number> {
  const client = await new MongoClient(withDatabase(server.uri, 'register')).connect()
  const count = await client.db().collection('notes').countDocuments()
  await client.close()
  return count
}

describe('embedded database: a compaction that fails', () => {
  it('logs one line, backs off (doubling) instead of retrying on every write, and compacts once it can', async () => {
    if (!needsEmbeddedServer('compaction back-off')) return
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const infos = vi.spyOn(console, 'info').mockImplementation(() => undefined)
    const server = await startEmbeddedServer({
      dbPath,
      port: 0,
      compaction: { compactAfterBytes: 20_000, firstRetryMs: 2000, maxRetryMs: 4000 },
    })
    // The snapshot cannot be written: a folder has taken its temporary file's name.
    const temporary = join(dbPath, 'snapshot.bson.tmp')
    mkdirSync(temporary)

    await addNotes(server, 0, 25)
    await until(() => errors.mock.calls.length === 1, 'the first failure')
    const line = errors.mock.calls[0].join(' ')
    expect(line).toMatch(
      /^embedded database: could not compact .+ into a snapshot \(EISDIR: .+snapshot\.bson\.tmp'\); every write is still in its journal \(\d+\.\d MB since the last snapshot\); next attempt in 2 s$/
    )
    expect(line).not.toContain('\n')

    // Every write within the back-off leaves compaction alone: no attempt, no line.
    await addNotes(server, 25, 20)
    expect(errors).toHaveBeenCalledTimes(1)

    await delay(2100)
    await addNotes(server, 45, 1)
    await until(() => errors.mock.calls.length === 2, 'the second failure')
    expect(errors.mock.calls[1].join(' ')).toMatch(/next attempt in 4 s$/)

    rmSync(temporary, { recursive: true })
    await delay(4100)
    await addNotes(server, 46, 1)
    await until(() => existsSync(join(dbPath, 'snapshot.bson')), 'the snapshot')
    await until(() => infos.mock.calls.length === 1, 'the recovery line')
    expect(infos.mock.calls[0].join(' ')).toMatch(/^embedded database: compacted .+ after 2 failed attempts$/)
    expect(errors).toHaveBeenCalledTimes(2)
    expect(await countNotes(server)).toBe(47)
    await server.close()
  }, 60_000)

  it('loses nothing when it fails after writes have moved to the next journal, even at shutdown', async () => {
    if (!needsEmbeddedServer('compaction failure after the journal moved on')) return
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let server = await startEmbeddedServer({ dbPath, port: 0, compaction: { compactAfterBytes: 20_000, firstRetryMs: 100 } })
    // The finished snapshot cannot be renamed into place: a folder (not empty) has its name.
    mkdirSync(join(dbPath, 'snapshot.bson'))
    writeFileSync(join(dbPath, 'snapshot.bson', 'in-the-way'), '')

    await addNotes(server, 0, 40)
    await until(() => errors.mock.calls.length > 0, 'the failure')
    const failures = errors.mock.calls.length
    await delay(150)
    await addNotes(server, 40, 40)
    await until(() => errors.mock.calls.length > failures, 'a later failure')
    expect(readdirSync(dbPath).filter((name) => name.startsWith('journal-')).length).toBeGreaterThan(1)
    expect(readdirSync(dbPath)).not.toContain('snapshot.bson.tmp')

    await server.close()
    expect(errors.mock.calls.at(-1)!.join(' ')).toMatch(/every write is still in its journal .+; it is replayed on the next start$/)
    expect(readdirSync(dbPath)).not.toContain('mongod.lock')

    rmSync(join(dbPath, 'snapshot.bson'), { recursive: true })
    server = await startEmbeddedServer({ dbPath, port: 0 })
    expect(await countNotes(server)).toBe(80)
    await server.close()
    expect(readdirSync(dbPath).filter((name) => name.startsWith('journal-'))).toHaveLength(1)
  })
})
