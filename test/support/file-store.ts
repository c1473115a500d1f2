// A file store of the test's own, so in-process service tests never write under ./data.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DiskFileStore } from '#app/file-store/disk-file-store.server'
import { type FileStore } from '#app/file-store/file-store-interface'
import { getFileStore, useFileStore } from '#app/file-store/file-store.server'
import { sweepUnreferencedFiles } from '#app/file-store/sweep-unreferenced-files.server'

export function useTemporaryFileStore() {
  let dir: string | undefined
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sla-files-'))
    useFileStore(new DiskFileStore(path.join(dir, 'files')))
  })
  afterAll(() => {
    useFileStore(undefined)
    if (dir) rmSync(dir, { recursive: true, force: true })
  })
}

export async function storedKeys(store: FileStore = getFileStore()) {
  const keys: string[] = []
  for await (const object of store.list()) keys.push(object.key)
  return keys.sort()
}

/** The sweep as it runs a day and more later: what no record names is gone. */
export function sweepAsIfTomorrow(store: FileStore = getFileStore()) {
  return sweepUnreferencedFiles({ store, now: Date.now() + 25 * 60 * 60 * 1000 })
}
