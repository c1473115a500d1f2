import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'

const ROOT = path.resolve(import.meta.dirname, '../..')
// What `npm run build` makes: the Remix build and the compiled server.ts that `npm start` runs.
const BUILD_FILES = ['build/index.js', 'build/server.js'].map((file) => path.join(ROOT, file))
const LOCK_DIR = path.join(os.tmpdir(), 'sla-remix-build.lock')
const SOURCES = ['app', 'models', 'clauses', 'templates', 'db', 'server.ts', 'remix.config.js', 'package.json']

/** The app's server as `npm start` runs it: plain Node on the compiled server.ts. */
export const SERVER_COMMAND = { command: process.execPath, args: ['--enable-source-maps', 'build/server.js'] }

function newestSourceTime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestSourceTime(path.join(entry, name))))
}

function isBuildFresh() {
  const builtTimes = BUILD_FILES.map((file) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0)
  return Math.max(...SOURCES.map((entry) => newestSourceTime(path.join(ROOT, entry)))) < Math.min(...builtTimes)
}

/** `npm run build`'s two steps, without npm in between. */
function buildApp() {
  const options = { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } } as const
  execFileSync(path.join(ROOT, 'node_modules/.bin/remix'), ['build'], options)
  execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['app/cli/build-server.server.ts'], options)
}

/**
 * Runs `npm run build` once when the sources are newer than the build. Test files run in parallel
 * workers, so a lock directory makes the others wait for the one that builds.
 */
export async function ensureBuilt() {
  const deadline = Date.now() + 180_000
  for (;;) {
    if (isBuildFresh()) return
    try {
      fs.mkdirSync(LOCK_DIR)
    } catch {
      const lock = fs.statSync(LOCK_DIR, { throwIfNoEntry: false })
      // A lock older than three minutes belongs to a build that died; take it over.
      if (lock && Date.now() - lock.mtimeMs > 180_000) fs.rmSync(LOCK_DIR, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error('Timed out waiting for another test worker to finish `npm run build`')
      await delay(250)
      continue
    }
    try {
      // Always a production build, as `npm start` makes: one built under vitest's NODE_ENV=test would
      // call React's development-only JSX runtime and fail when the benchmark serves it in production.
      if (!isBuildFresh()) buildApp()
      return
    } finally {
      fs.rmSync(LOCK_DIR, { recursive: true, force: true })
    }
  }
}
