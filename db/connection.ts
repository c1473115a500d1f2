import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { MongoClient } from 'mongodb'
import { readDirectoryIdentity, sameDirectory, type DirectoryIdentity } from './directory-identity'
import { DbPathLockedError } from './lock'
import { currentProcess, processState, type ProcessIdentity } from './process-identity'
import { startEmbeddedServer } from './server'
import { withDatabase } from './uri'

export interface ResolvedDatabase {
  /** A full connection string including the database name. */
  uri: string
  embedded: boolean
  close(): Promise<void>
}

/** `DATA_DIR/embedded-server.json`: the server running for this DATA_DIR, for other processes to reuse. */
interface RunningServer extends ProcessIdentity {
  uri: string
  port: number
  socketPath?: string
  /** The data directory the server holds; a copy of this file in a copied DATA_DIR names the original's. */
  directory: DirectoryIdentity
}

const INFO_FILE = 'embedded-server.json'
const SOCKET_FILE = 'db.sock'
const DB_FOLDER = 'db'
// Linux allows 107 bytes in a Unix socket path, and the driver lowercases host names, socket paths
// included; a DATA_DIR too deep for one or with capital letters listens on 127.0.0.1 instead.
const MAX_SOCKET_PATH_BYTES = 100
const DEFAULT_DATABASE = 'sla'
const WAIT_FOR_OTHER_STARTER_MS = 10_000
const ASK_SERVER_TIMEOUT_MS = 2_000

/**
 * MONGODB_URI when given; otherwise the embedded server for `dataDir`: reused if another process
 * (the running app, say, while `npm run seed` runs) already serves it, else started in this process.
 */
export async function resolveDatabase(options: {
  dataDir: string
  mongodbUri?: string
  databaseName?: string
}): Promise<ResolvedDatabase> {
  if (options.mongodbUri) return { uri: options.mongodbUri, embedded: false, close: async () => {} }
  const deadline = Date.now() + WAIT_FOR_OTHER_STARTER_MS
  for (;;) {
    const running = await findRunning(options.dataDir)
    if (running) return { uri: running.uri, embedded: true, close: async () => {} }
    try {
      return await startInProcess(options.dataDir, options.databaseName ?? DEFAULT_DATABASE)
    } catch (error) {
      // Another process holds the data directory and is about to write its server file.
      if (!(error instanceof DbPathLockedError) || Date.now() > deadline) throw error
      await delay(100)
    }
  }
}

async function startInProcess(dataDir: string, databaseName: string): Promise<ResolvedDatabase> {
  // Everything under DATA_DIR is the council's data: only the account the app runs as may read it.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const infoPath = join(dataDir, INFO_FILE)
  const socketPath = join(dataDir, SOCKET_FILE)
  const useSocket = process.platform !== 'win32' && Buffer.byteLength(socketPath) <= MAX_SOCKET_PATH_BYTES && socketPath === socketPath.toLowerCase()
  const dbPath = join(dataDir, DB_FOLDER)
  const server = await startEmbeddedServer({ dbPath, ...(useSocket ? { socketPath } : { port: 0 }) })
  const uri = withDatabase(server.uri, databaseName)
  const running: RunningServer = {
    uri,
    port: server.port,
    ...(useSocket ? { socketPath } : {}),
    ...currentProcess(),
    directory: server.directory,
  }
  writeOwnerOnly(infoPath, JSON.stringify(running, null, 2))
  return {
    uri,
    embedded: true,
    async close() {
      if (readRunning(infoPath)?.pid === process.pid) rmSync(infoPath, { force: true })
      await server.close()
    },
  }
}

/** Written whole (a reader never sees half a record) and readable by the owner only. */
function writeOwnerOnly(path: string, content: string): void {
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`
  writeFileSync(draft, content, { mode: 0o600 })
  renameSync(draft, path)
}

function readRunning(infoPath: string): RunningServer | undefined {
  try {
    return JSON.parse(readFileSync(infoPath, 'utf8')) as RunningServer
  } catch {
    return undefined
  }
}

/**
 * The server recorded in `dataDir`, if it is alive and proves it holds this DATA_DIR's database: the
 * record must name this directory, and so must the server when asked. A record copied with the
 * folder, or left behind by a server whose port another server now uses, is not reused.
 */
async function findRunning(dataDir: string): Promise<RunningServer | undefined> {
  const running = readRunning(join(dataDir, INFO_FILE))
  const directory = readDirectoryIdentity(join(dataDir, DB_FOLDER))
  if (!running || !sameDirectory(running.directory, directory)) return undefined
  if (processState(running) !== 'running') return undefined
  return sameDirectory(await askDirectory(running.uri), directory) ? running : undefined
}

async function askDirectory(uri: string): Promise<DirectoryIdentity | undefined> {
  const client = new MongoClient(uri, {
    directConnection: true,
    serverSelectionTimeoutMS: ASK_SERVER_TIMEOUT_MS,
    connectTimeoutMS: ASK_SERVER_TIMEOUT_MS,
  })
  try {
    const reply = await client.db('admin').command({ embeddedServerDirectory: 1 })
    return { id: String(reply.id), inode: String(reply.inode) }
  } catch {
    return undefined
  } finally {
    await client.close()
  }
}
