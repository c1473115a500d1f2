import { randomBytes } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Which data directory this is. A copied or restored directory has the same files but is another
 * folder on disk (another inode), so it must never be served by the original's server; a folder
 * made again after a delete may get the old inode number back, but not the random id kept in it.
 */
export interface DirectoryIdentity {
  id: string
  /** Device and inode of the folder, "dev:ino". */
  inode: string
}

const ID_FILE = 'directory-id'

/** The folder's device and inode, as the lock file records the folder it was taken in. */
export function folderInode(dir: string): string {
  const { dev, ino } = statSync(dir, { bigint: true })
  return `${dev}:${ino}`
}

/** The identity of the database folder `dbPath`, giving it an id on first use. */
export function claimDirectoryIdentity(dbPath: string): DirectoryIdentity {
  const path = join(dbPath, ID_FILE)
  try {
    writeFileSync(path, randomBytes(16).toString('hex'), { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return { id: readFileSync(path, 'utf8').trim(), inode: folderInode(dbPath) }
}

/** The identity of `dbPath` as it is on disk, or undefined if it has none yet (never started). */
export function readDirectoryIdentity(dbPath: string): DirectoryIdentity | undefined {
  try {
    return { id: readFileSync(join(dbPath, ID_FILE), 'utf8').trim(), inode: folderInode(dbPath) }
  } catch {
    return undefined
  }
}

export function sameDirectory(left: DirectoryIdentity | undefined, right: DirectoryIdentity | undefined): boolean {
  return left !== undefined && right !== undefined && left.id === right.id && left.inode === right.inode
}
