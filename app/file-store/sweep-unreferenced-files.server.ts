// Bytes are kept before the record that names them is saved, so a crash, a refused form or a failed
// transaction in between leaves bytes no record names. They are removed here once older than a grace
// period far longer than any upload takes, with spool files an interrupted upload left behind.
import { opendir, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { getFileStore } from './file-store.server'
import { type FileStore } from './file-store-interface'
import { isStoreKeyReferenced, referencedStoreKeys } from './file-references.server'

export const SWEEP_GRACE_MS = 24 * 60 * 60 * 1000

export type TSweepOptions = {
  store?: FileStore
  graceMs?: number
  now?: number
  /** The keys records name; read from the database unless given. */
  referenced?: ReadonlySet<string>
}

export type TSweepResult = { removedFiles: number; removedBytes: number; removedSpoolFiles: number }

export async function sweepUnreferencedFiles({ store = getFileStore(), graceMs = SWEEP_GRACE_MS, now = Date.now(), referenced: given }: TSweepOptions = {}): Promise<TSweepResult> {
  const cutoff = now - graceMs
  const referenced = given ?? (await referencedStoreKeys())
  const stillReferenced = async (key: string) => (given ? given.has(key) : isStoreKeyReferenced(key))
  const result: TSweepResult = { removedFiles: 0, removedBytes: 0, removedSpoolFiles: 0 }
  for await (const object of store.list()) {
    if (object.modifiedAt.getTime() > cutoff || referenced.has(object.key)) continue
    // Checked again one by one: a record saved, or the same bytes kept again, since the sweep began.
    const current = await store.stat(object.key)
    if (!current || current.modifiedAt.getTime() > cutoff || (await stillReferenced(object.key))) continue
    await store.delete(object.key)
    result.removedFiles += 1
    result.removedBytes += object.size
  }
  result.removedSpoolFiles = await sweepSpool(store.spoolDir, cutoff)
  if (result.removedFiles + result.removedSpoolFiles > 0) {
    console.log(`File store sweep: removed ${result.removedFiles} unreferenced files (${result.removedBytes} bytes) and ${result.removedSpoolFiles} abandoned uploads`)
  }
  return result
}

async function sweepSpool(spoolDir: string, cutoff: number) {
  let removed = 0
  const directory = await opendir(spoolDir).catch(() => null)
  if (!directory) return removed
  for await (const entry of directory) {
    const file = path.join(spoolDir, entry.name)
    const found = await stat(file).catch(() => null)
    if (!found?.isFile() || found.mtimeMs > cutoff) continue
    await unlink(file).catch(() => undefined)
    removed += 1
  }
  return removed
}
