import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MongoClient } from 'mongodb'
import { resolveDatabase } from '#db/connection'
import { startEmbeddedServer } from '#db/server'
import { externalUri } from './harness'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
let dataDir: string
let otherDir: string

beforeEach(() => {
  // Lower case, as a socket path must be (the driver lowercases host names).
  dataDir = join(tmpdir(), `embedded-connection-${randomBytes(6).toString('hex')}`)
  otherDir = join(tmpdir(), `embedded-other-${randomBytes(6).toString('hex')}`)
  mkdirSync(dataDir)
})

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(otherDir, { recursive: true, force: true })
})

async function countIn(uri: string, filter: Record<string, unknown>): Promise<number> {
  const client = await new MongoClient(uri).connect()
  const count = await client.db().collection('notes').countDocuments(filter)
  await client.close()
  return count
}

async function addNote(uri: string, note: Record<string, unknown>): Promise<void> {
  const client = await new MongoClient(uri).connect()
  await client.db().collection('notes').insertOne(note)
  await client.close()
}

/** Another process (the running app, say) that resolved the database for the same DATA_DIR. */
function spawnApp(): Promise<{ child: ChildProcess; uri: string }> {
  const script = `import { resolveDatabase } from './db/connection.ts'
const database = await resolveDatabase({ dataDir: ${JSON.stringify(dataDir)} })
console.log('ready ' + database.uri)
setInterval(() => {}, 1000)`
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const ready = /ready (mongodb:\/\/\S+)/.exec(output)
      if (ready) resolve({ child, uri: ready[1] })
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`app exited with ${code}: ${output}`)))
  })
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}

describe('embedded database: resolveDatabase', () => {
  it('uses MONGODB_URI when one is given, starting nothing', async () => {
    const database = await resolveDatabase({ dataDir, mongodbUri: 'mongodb://db.example:27017/sla' })
    expect(database).toMatchObject({ uri: 'mongodb://db.example:27017/sla', embedded: false })
    await database.close()
    expect(existsSync(join(dataDir, 'db'))).toBe(false)
  })

  it('starts the embedded server under DATA_DIR on a socket only its owner may open, with retryable writes off, records it, and removes the record on close', async () => {
    if (externalUri) return console.info('embedded start: not run against MONGODB_URI')
    const database = await resolveDatabase({ dataDir })
    expect(database.embedded).toBe(true)
    const socketPath = join(dataDir, 'db.sock')
    expect(database.uri).toBe(`mongodb://${encodeURIComponent(socketPath)}/sla?retryWrites=false`)
    expect(statSync(socketPath).isSocket()).toBe(true)
    expect(statSync(socketPath).mode & 0o777).toBe(0o600)
    const record = JSON.parse(readFileSync(join(dataDir, 'embedded-server.json'), 'utf8'))
    expect(record).toMatchObject({ uri: database.uri, socketPath, pid: process.pid })
    // The URI turns retryable writes off (db/uri.ts): the driver sends no write number, so it will
    // never send a write again after a dropped connection for the server to apply twice.
    const client = await new MongoClient(database.uri, { monitorCommands: true }).connect()
    const inserts: Record<string, unknown>[] = []
    client.on('commandStarted', (event) => event.commandName === 'insert' && inserts.push(event.command))
    await client.db().collection('authorities').insertOne({ name: 'Leicestershire' })
    expect(inserts).toHaveLength(1)
    expect(inserts[0]).not.toHaveProperty('txnNumber')
    await client.close()
    await database.close()
    expect(existsSync(join(dataDir, 'embedded-server.json'))).toBe(false)
    expect(existsSync(socketPath)).toBe(false)
    expect(existsSync(join(dataDir, 'db'))).toBe(true)
  })

  it.each([
    ['too deep for a socket path', 'a-data-directory-nested-deep-enough'.repeat(3)],
    ['has capital letters (the driver would lowercase the socket path)', 'Council-Data'],
  ])('listens on 127.0.0.1 instead when DATA_DIR is %s', async (_reason, subdirectory) => {
    if (externalUri) return console.info('embedded start: not run against MONGODB_URI')
    const otherDir = join(dataDir, subdirectory)
    mkdirSync(otherDir)
    const database = await resolveDatabase({ dataDir: otherDir })
    expect(database.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/sla\?retryWrites=false$/)
    const client = await new MongoClient(database.uri).connect()
    expect(await client.db().command({ ping: 1 })).toMatchObject({ ok: 1 })
    await client.close()
    await database.close()
  })

  it('reuses the server another process runs for the same DATA_DIR, and takes over once it has died', async () => {
    if (externalUri) return console.info('embedded reuse: not run against MONGODB_URI')
    const app = await spawnApp()
    const cli = await resolveDatabase({ dataDir })
    expect(cli.uri).toBe(app.uri)
    const client = await new MongoClient(cli.uri).connect()
    await client.db().collection('tokens').insertOne({ token: 'seeded by the CLI' })
    await client.close()
    await cli.close()

    await expect(startEmbeddedServer({ dbPath: join(dataDir, 'db'), port: 0 })).rejects.toThrow(/in use by process/)

    await killHard(app.child)
    const after = await resolveDatabase({ dataDir })
    expect(JSON.parse(readFileSync(join(dataDir, 'embedded-server.json'), 'utf8')).pid).toBe(process.pid)
    const reader = await new MongoClient(after.uri).connect()
    expect(await reader.db().collection('tokens').countDocuments({ token: 'seeded by the CLI' })).toBe(1)
    await reader.close()
    await after.close()
  })

  it('starts its own server on a copy of a live DATA_DIR, never writing into the original through the copied record', async () => {
    if (externalUri) return console.info('copied DATA_DIR: not run against MONGODB_URI')
    const app = await spawnApp()
    await addNote(app.uri, { note: 'before the copy' })
    // As an administrator might, while the app runs: lock, socket and server record included.
    execFileSync('cp', ['-a', dataDir, otherDir])
    expect(JSON.parse(readFileSync(join(otherDir, 'embedded-server.json'), 'utf8')).uri).toBe(app.uri)

    const copy = await resolveDatabase({ dataDir: otherDir })
    expect(copy.uri).not.toBe(app.uri)
    expect(copy.uri).toContain(encodeURIComponent(join(otherDir, 'db.sock')))
    expect(JSON.parse(readFileSync(join(otherDir, 'embedded-server.json'), 'utf8')).pid).toBe(process.pid)
    expect(await countIn(copy.uri, { note: 'before the copy' })).toBe(1)
    await addNote(copy.uri, { note: 'written to the copy' })
    expect(await countIn(app.uri, { note: 'written to the copy' })).toBe(0)
    await copy.close()
    await killHard(app.child)
  })

  it("does not reuse a server that answers for another directory (a record left behind, its socket or port now another server's)", async () => {
    if (externalUri) return console.info('server identity: not run against MONGODB_URI')
    const first = await resolveDatabase({ dataDir: otherDir })
    await first.close()
    const running = await resolveDatabase({ dataDir })
    // otherDir's record names its own directory and a live process, but the server at its URI is dataDir's.
    const record = JSON.parse(readFileSync(join(dataDir, 'embedded-server.json'), 'utf8'))
    const { dev, ino } = statSync(join(otherDir, 'db'), { bigint: true })
    const otherIdentity = { id: readFileSync(join(otherDir, 'db', 'directory-id'), 'utf8'), inode: `${dev}:${ino}` }
    writeFileSync(join(otherDir, 'embedded-server.json'), JSON.stringify({ ...record, directory: otherIdentity }))

    const other = await resolveDatabase({ dataDir: otherDir })
    expect(other.uri).not.toBe(running.uri)
    await addNote(other.uri, { note: 'for the other directory' })
    expect(await countIn(running.uri, { note: 'for the other directory' })).toBe(0)
    await other.close()
    await running.close()
  })
})
