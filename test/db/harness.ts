import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MongoClient, type Db } from 'mongodb'
import { startEmbeddedServer, type EmbeddedServer } from '#db/server'
import { withDatabase } from '#db/uri'

/**
 * Every test gets its own server (own temp dir, free port) or, when MONGODB_URI is set, its own
 * database on that server: `MONGODB_URI=mongodb://127.0.0.1:27017/?replicaSet=rs0 npx vitest run test/db`.
 */
export const externalUri = process.env.MONGODB_URI

export interface TestDatabase {
  /** Connection string including a database name unique to this test. */
  uri: string
  client: MongoClient
  /** The embedded server's data directory; undefined against an external MongoDB. */
  dbPath?: string
  server?: EmbeddedServer
  close(): Promise<void>
}

let databases = 0

export async function openTestDatabase(): Promise<TestDatabase> {
  const name = `dbtest_${process.pid}_${++databases}_${Date.now()}`
  if (externalUri) {
    const uri = withDatabase(externalUri, name)
    const client = await new MongoClient(uri).connect()
    return {
      uri,
      client,
      async close() {
        await client.db().dropDatabase()
        await client.close()
      },
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'embedded-db-'))
  const dbPath = join(dir, 'db')
  const server = await startEmbeddedServer({ dbPath, port: 0 })
  const uri = withDatabase(server.uri, name)
  const client = await new MongoClient(uri).connect()
  return {
    uri,
    client,
    dbPath,
    server,
    async close() {
      await client.close()
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Starts `db/cli.ts` as a child process and resolves with its URI once it prints `ready`. */
/** A fresh database for each test of the file, closed after it: `current`, and `db`, its default database. */
export function useTestDatabase() {
  let current: TestDatabase | undefined
  beforeEach(async () => {
    current = await openTestDatabase()
  })
  afterEach(async () => {
    await current?.close()
  })
  return {
    get current(): TestDatabase {
      if (!current) throw new Error('useTestDatabase: no test is running')
      return current
    },
    get db(): Db {
      return this.current.client.db()
    },
  }
}

export function spawnServer(dbPath: string, extraArguments: string[] = []): Promise<{ child: ChildProcess; uri: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'db/cli.ts', '--port', '0', '--dbpath', dbPath, ...extraArguments],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  )
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const ready = /ready at (mongodb:\/\/\S+)/.exec(output)
      if (ready) resolve({ child, uri: ready[1] })
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before ready: ${output}`)))
  })
}
