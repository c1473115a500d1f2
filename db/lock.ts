import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { join } from 'node:path'

export class DbPathLockedError extends Error {
  constructor(readonly dbPath: string, readonly pid: number) {
    super(`database directory ${dbPath} is in use by process ${pid}`)
    this.name = 'DbPathLockedError'
  }
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const heldInThisProcess = new Set<string>()

/**
 * Claims `dbPath` for this process with a `mongod.lock` file holding the pid, so two servers never
 * append to the same journal. A lock left by a process that died (kill -9) is taken over.
 */
export function lockDbPath(dbPath: string): () => void {
  mkdirSync(dbPath, { recursive: true })
  const path = join(dbPath, 'mongod.lock')
  if (heldInThisProcess.has(path)) throw new DbPathLockedError(dbPath, process.pid)
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      heldInThisProcess.add(path)
      return () => {
        heldInThisProcess.delete(path)
        try {
          unlinkSync(path)
        } catch {
          // Already gone: nothing to release.
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number(readFileSync(path, 'utf8').trim())
      if (isProcessAlive(holder) && holder !== process.pid) throw new DbPathLockedError(dbPath, holder)
      unlinkSync(path)
    }
  }
  throw new DbPathLockedError(dbPath, -1)
}
