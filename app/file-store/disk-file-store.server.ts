// The default file store: DATA_DIR/files/sha256/<first two hex digits>/<sha256>, owner-only (files
// 0600, folders 0700). A file is spooled under files/tmp, fsync'd, renamed into place and its folder
// fsync'd, so a reader sees a whole file or none, and an acknowledged file survives a power cut.
import { mkdir, open, opendir, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { FileNotInStoreError, sha256OfKey, storeKeyFor, type FileStore, type TStoredFile, type TStoredObject } from './file-store-interface'
import { discardSpool, fsyncPath, type TSpooledFile } from './spool.server'

const FOLDER_MODE = 0o700

export class DiskFileStore implements FileStore {
  readonly kind = 'disk' as const
  readonly spoolDir: string
  private readonly filesDir: string

  constructor(readonly root: string) {
    this.spoolDir = path.join(root, 'tmp')
    this.filesDir = path.join(root, 'sha256')
  }

  pathOf(key: string) {
    const sha256 = sha256OfKey(key)
    return path.join(this.filesDir, sha256.slice(0, 2), sha256)
  }

  async keep(spooled: TSpooledFile): Promise<TStoredFile> {
    const key = storeKeyFor(spooled.sha256)
    const target = this.pathOf(key)
    try {
      await fsyncPath(spooled.path)
      await this.ensureFolder(path.dirname(target))
      // Same content under the same name: a concurrent keep of the same bytes renames over an
      // identical file, and the fresh modification time keeps the sweep's grace period honest.
      await rename(spooled.path, target)
      await fsyncPath(path.dirname(target))
    } catch (error) {
      await discardSpool(spooled)
      throw error
    }
    return { key, sha256: spooled.sha256, size: spooled.size }
  }

  async open(key: string) {
    const handle = await open(this.pathOf(key), 'r').catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new FileNotInStoreError(key) : error
    })
    const { size } = await handle.stat()
    return { stream: handle.createReadStream(), size }
  }

  async stat(key: string): Promise<TStoredObject | null> {
    const found = await stat(this.pathOf(key)).catch(() => null)
    return found ? { key, size: found.size, modifiedAt: found.mtime } : null
  }

  async *list(): AsyncIterable<TStoredObject> {
    for (const fanout of await folderNames(this.filesDir)) {
      for (const name of await folderNames(path.join(this.filesDir, fanout))) {
        const found = await this.stat(storeKeyFor(name)).catch(() => null)
        if (found) yield found
      }
    }
  }

  async delete(key: string) {
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  }

  /** Creates the folder (and files/, sha256/) owner-only, fsyncing each parent that gained an entry. */
  private async ensureFolder(folder: string) {
    const created = await mkdir(folder, { recursive: true, mode: FOLDER_MODE })
    if (!created) return
    // A new folder's entry lives in its parent: fsync each parent from the folder's up to the first created one's.
    for (let parent = path.dirname(folder); ; parent = path.dirname(parent)) {
      await fsyncPath(parent)
      if (parent === path.dirname(created) || parent === path.dirname(parent)) return
    }
  }
}

async function folderNames(folder: string): Promise<string[]> {
  const names: string[] = []
  const directory = await opendir(folder).catch(() => null)
  if (!directory) return names
  for await (const entry of directory) if (/^[0-9a-f]+$/.test(entry.name)) names.push(entry.name)
  return names
}
