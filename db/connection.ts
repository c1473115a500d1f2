import { existsSync, readFileSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { DbPathLockedError, isProcessAlive } from './lock'
import { startEmbeddedServer } from './server'
import { withDatabase } from './uri'

export interface ResolvedDatabase {
  /** A full connection string including the database name. */
  uri: string
  embedded: boolean
  close(): Promise<void>
}

interface RunningServer {
  uri: string
  port: number
  socketPath?: string
  pid: number
}

const INFO_FILE = 'embedded-server.json'
const SOCKET_FILE = 'db.sock'
// Linux allows 107 bytes in a Unix socket path, and the driver lowercases host names, socket paths
// included; a DATA_DIR too deep for one or with capital letters listens on 127.0.0.1 instead.
const MAX_SOCKET_PATH_BYTES = 100
const DEFAULT_DATABASE = 'sla'
const WAIT_FOR_OTHER_STARTER_MS = 10_000

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
  const infoPath = join(options.dataDir, INFO_FILE)
  const deadline = Date.now() + WAIT_FOR_OTHER_STARTER_MS
  for (;;) {
    const running = await findRunning(infoPath)
    if (running) return { uri: running.uri, embedded: true, close: async () => {} }
    try {
      return await startInProcess(options.dataDir, infoPath, options.databaseName ?? DEFAULT_DATABASE)
    } catch (error) {
      // Another process holds the data directory and is about to write its server file.
      if (!(error instanceof DbPathLockedError) || Date.now() > deadline) throw error
      await delay(100)
    }
  }
}

async function startInProcess(dataDir: string, infoPath: string, databaseName: string): Promise<ResolvedDatabase> {
  mkdirSync(dataDir, { recursive: true })
  const socketPath = join(dataDir, SOCKET_FILE)
  const useSocket = process.platform !== 'win32' && Buffer.byteLength(socketPath) <= MAX_SOCKET_PATH_BYTES && socketPath === socketPath.toLowerCase()
  const server = await startEmbeddedServer({ dbPath: join(dataDir, 'db'), ...(useSocket ? { socketPath } : { port: 0 }) })
  const uri = withDatabase(server.uri, databaseName)
  const running: RunningServer = { uri, port: server.port, ...(useSocket ? { socketPath } : {}), pid: process.pid }
  writeFileSync(infoPath, JSON.stringify(running, null, 2))
  return {
    uri,
    embedded: true,
    async close() {
      if (readRunning(infoPath)?.pid === process.pid) unlinkSync(infoPath)
      await server.close()
    },
  }
}

function readRunning(infoPath: string): RunningServer | undefined {
  if (!existsSync(infoPath)) return undefined
  try {
    return JSON.parse(readFileSync(infoPath, 'utf8')) as RunningServer
  } catch {
    return undefined
  }
}

async function findRunning(infoPath: string): Promise<RunningServer | undefined> {
  const running = readRunning(infoPath)
  if (!running || !isProcessAlive(running.pid)) return undefined
  return (await acceptsConnections(running)) ? running : undefined
}

function acceptsConnections({ port, socketPath }: RunningServer): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = socketPath ? connect({ path: socketPath }) : connect({ host: '127.0.0.1', port })
    const finish = (result: boolean) => {
      socket.destroy()
      resolve(result)
    }
    socket.setTimeout(1000, () => finish(false))
    socket.once('connect', () => finish(true))
    socket.once('error', () => finish(false))
  })
}
