import { randomBytes } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { folderInode } from './directory-identity'
import { currentProcess, processState, type ProcessIdentity } from './process-identity'

export class DbPathLockedError extends Error {
  constructor(readonly dbPath: string, readonly pid: number, reason = 'is in use by process') {
    super(`database directory ${dbPath} ${reason} ${pid}`)
    this.name = 'DbPathLockedError'
  }
}

const LOCK_FILE = 'mongod.lock'
/** How long to wait for a killed holder to finish exiting (the kernel frees a large process in well under a second). */
const EXITING_WAIT_MS = 10_000
const EXITING_POLL_MS = 20
/** Rounds of "create, else judge the holder": more than two only when other starters race for a dead lock. */
const CLAIM_ATTEMPTS = 5

/** The lock's content: the holder, and the folder it was taken in (a copied folder carries a lock that is not its own). */
interface LockRecord extends ProcessIdentity {
  folder?: string
}

const heldInThisProcess = new Set<string>()

/**
 * Claims `dbPath` for this process with a `mongod.lock` file naming it, so two servers never append
 * to the same journal. A lock is taken over when its holder is gone (killed, or its pid now belongs
 * to another process) or it was copied from another folder; a holder still exiting after `kill -9`
 * is waited for, so a restart straight after one works.
 */
export async function lockDbPath(dbPath: string): Promise<() => void> {
  mkdirSync(dbPath, { recursive: true, mode: 0o700 })
  const path = join(dbPath, LOCK_FILE)
  if (heldInThisProcess.has(path)) throw new DbPathLockedError(dbPath, process.pid)
  const folder = folderInode(dbPath)
  const ours = JSON.stringify({ ...currentProcess(), folder } satisfies LockRecord)
  for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt += 1) {
    if (createExclusive(path, ours)) {
      heldInThisProcess.add(path)
      return () => release(path, ours)
    }
    const held = readText(path)
    if (held === undefined) continue
    const holder = parseLock(held)
    const ofThisFolder = holder?.folder === undefined || holder.folder === folder
    if (holder && ofThisFolder && holder.pid !== process.pid) await waitUntilGone(dbPath, holder)
    removeIfUnchanged(path, held)
  }
  throw new DbPathLockedError(dbPath, -1, 'could not be locked after repeated attempts by')
}

/** Throws while the holder runs; returns once it is gone, waiting a bounded time for one that is exiting. */
async function waitUntilGone(dbPath: string, holder: ProcessIdentity): Promise<void> {
  const deadline = Date.now() + EXITING_WAIT_MS
  for (;;) {
    const state = processState(holder)
    if (state === 'gone') return
    if (state === 'running') throw new DbPathLockedError(dbPath, holder.pid)
    if (Date.now() > deadline) throw new DbPathLockedError(dbPath, holder.pid, 'is still held by exiting process')
    await delay(EXITING_POLL_MS)
  }
}

/** Creates the lock with its whole content or not at all: a starter never reads a half-written lock. */
function createExclusive(path: string, content: string): boolean {
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`
  writeFileSync(draft, content, { mode: 0o600 })
  try {
    linkSync(draft, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return false
  } finally {
    rmSync(draft, { force: true })
  }
}

/**
 * Removes a dead holder's lock, unless another starter replaced it meanwhile: the lock is moved aside
 * (only one mover can succeed), and put back if it is no longer the one judged dead.
 */
function removeIfUnchanged(path: string, judged: string): void {
  const aside = `${path}.stale.${process.pid}.${randomBytes(4).toString('hex')}`
  try {
    renameSync(path, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  try {
    if (readText(aside) !== judged) linkSync(aside, path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    rmSync(aside, { force: true })
  }
}

function release(path: string, ours: string): void {
  heldInThisProcess.delete(path)
  // Only our own lock: one taken over meanwhile belongs to its new holder.
  if (readText(path) === ours) rmSync(path, { force: true })
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Locks written before 2026-12 hold the bare pid (and no folder, so they are trusted wherever found). Anything unreadable names no live holder. */
function parseLock(text: string): LockRecord | undefined {
  if (/^\d+$/.test(text.trim())) return { pid: Number(text.trim()), folder: undefined }
  try {
    const record = JSON.parse(text) as LockRecord
    return Number.isInteger(record.pid) ? record : undefined
  } catch {
    return undefined
  }
}
