import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { ensureBuilt, SERVER_COMMAND } from './build'

const ROOT = path.resolve(import.meta.dirname, '../..')

export type TRunningApp = {
  baseUrl: string
  dataDir: string
  env: NodeJS.ProcessEnv
  output: () => string
  stop: () => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** With MONGODB_URI set (a real MongoDB), each app gets its own database so tests never share data. */
export function isolatedMongoUri(uri: string | undefined) {
  if (!uri) return undefined
  const url = new URL(uri)
  url.pathname = `/sla_test_${process.pid}_${Date.now()}`
  return url.toString()
}

export type TStartAppOptions = {
  /** More environment for the server over the test defaults (`NODE_ENV: 'production'`, a file store backend; APP_ORIGIN is the app's own address unless given); undefined removes a setting. */
  env?: Record<string, string | undefined>
  /** An existing DATA_DIR (a restored one, say) instead of a new empty one. */
  dataDir?: string
}

/**
 * Builds the app if needed, then starts the compiled server.ts on a free port with a new temporary DATA_DIR.
 * The server starts the embedded database and, outside production, seeds the demo data, exactly as
 * `npm start` does.
 */
export async function startApp(options: TStartAppOptions = {}): Promise<TRunningApp> {
  await ensureBuilt()
  // Lower case, so the embedded database listens on its Unix socket as it does for `npm start`
  // (db/connection.ts falls back to TCP for a path with capitals).
  const dataDir = options.dataDir ?? path.join(os.tmpdir(), `sla-test-${randomBytes(6).toString('hex')}`)
  fs.mkdirSync(dataDir, { recursive: true })
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    DATA_DIR: dataDir,
    MONGODB_URI: isolatedMongoUri(process.env.MONGODB_URI),
    APP_ORIGIN: `http://localhost:${port}`,
    ...options.env,
  }
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name]
  const child = spawn(SERVER_COMMAND.command, SERVER_COMMAND.args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await waitForListening(child, () => output, 90_000)
  return {
    baseUrl: `http://localhost:${port}`,
    dataDir,
    env,
    output: () => output,
    stop: async () => {
      await stopChild(child)
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

function waitForListening(child: ChildProcess, output: () => string, timeoutMs: number) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`The app did not start within ${timeoutMs} ms:\n${output()}`)), timeoutMs)
    const poll = setInterval(() => {
      if (output().includes('listening on http://')) finish()
    }, 100)
    const onExit = (code: number | null) => fail(new Error(`The app exited (code ${code}) before listening:\n${output()}`))
    child.once('exit', onExit)
    function finish() {
      clearTimeout(timer)
      clearInterval(poll)
      child.off('exit', onExit)
      resolve()
    }
    function fail(error: Error) {
      clearTimeout(timer)
      clearInterval(poll)
      child.off('exit', onExit)
      child.kill('SIGKILL')
      reject(error)
    }
  })
}

function stopChild(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve()
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
