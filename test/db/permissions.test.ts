import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MongoClient } from 'mongodb'
import { resolveDatabase } from '#db/connection'
import { startEmbeddedServer } from '#db/server'
import { externalUri } from './harness'

// The journal and snapshot hold every contract, password hash and personal detail (issue 16):
// only the account the app runs as may read anything the app writes under DATA_DIR.
let parent: string
let dataDir: string

beforeEach(() => {
  // Lower case, so the embedded server listens on DATA_DIR/db.sock.
  parent = join(tmpdir(), `embedded-permissions-${randomBytes(6).toString('hex')}`)
  mkdirSync(parent, { mode: 0o755 })
  dataDir = join(parent, 'data')
})

afterEach(() => {
  rmSync(parent, { recursive: true, force: true })
  vi.unstubAllEnvs()
  vi.resetModules()
})

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8)

/** Every path under `dir` (itself included) with its mode, in octal. */
function modesUnder(dir: string): Record<string, string> {
  const modes: Record<string, string> = { '.': modeOf(dir) }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    modes[path.slice(dir.length + 1)] = modeOf(path)
  }
  return modes
}

function needsEmbeddedServer(test: string): boolean {
  if (!externalUri) return true
  console.info(`${test}: not run against MONGODB_URI (needs the embedded server's files)`)
  return false
}

describe('owner-only permissions under DATA_DIR', () => {
  it('creates DATA_DIR 0700, and every file of the database (journal, snapshot, lock, socket, server record) 0600 in 0700 folders', async () => {
    if (!needsEmbeddedServer('database permissions')) return
    const database = await resolveDatabase({ dataDir })
    const client = await new MongoClient(database.uri).connect()
    await client.db().collection('agreements').insertOne({ reference: 'KCC-PRU-2026' })
    await client.close()
    expect(modesUnder(dataDir)).toEqual({
      '.': '700',
      'db.sock': '600',
      'embedded-server.json': '600',
      db: '700',
      'db/directory-id': '600',
      'db/mongod.lock': '600',
      'db/journal-00000000.log': '600',
    })
    await database.close()
    expect(modesUnder(join(dataDir, 'db'))).toEqual({
      '.': '700',
      'directory-id': '600',
      'journal-00000001.log': '600',
      'snapshot.bson': '600',
    })
  })

  it('makes the files of a data directory written by an older version owner-only on start', async () => {
    if (!needsEmbeddedServer('database permissions fixed on start')) return
    const dbPath = join(dataDir, 'db')
    const first = await startEmbeddedServer({ dbPath, port: 0 })
    const client = await new MongoClient(first.uri).connect()
    await client.db('register').collection('agreements').insertOne({ reference: 'KCC-PRU-2026' })
    await client.close()
    await first.close()
    chmodSync(dbPath, 0o755)
    for (const name of readdirSync(dbPath)) chmodSync(join(dbPath, name), 0o644)

    const second = await startEmbeddedServer({ dbPath, port: 0 })
    expect(modesUnder(dbPath)).toEqual({
      '.': '700',
      'directory-id': '600',
      'journal-00000001.log': '600',
      'mongod.lock': '600',
      'snapshot.bson': '600',
    })
    await second.close()
  })

  it('keeps the generated session secret and the demo seal owner-only, creating DATA_DIR 0700', async () => {
    vi.stubEnv('DATA_DIR', dataDir)
    vi.stubEnv('SESSION_SECRET', undefined)
    vi.resetModules()
    const { commitSession, getSessionFromCookie } = await import('#app/utils/session.server')
    await commitSession(await getSessionFromCookie(null))
    expect(modesUnder(dataDir)).toEqual({ '.': '700', 'session-secret': '600' })

    const sealOnly = join(parent, 'seal-only')
    const { loadSealKey } = await import('#app/services/signing/seal-key.server')
    await loadSealKey({ dataDir: sealOnly, env: {} })
    expect(modesUnder(sealOnly)).toEqual({ '.': '700', seal: '700', 'seal/demo-seal.p12': '600' })
  })
})
