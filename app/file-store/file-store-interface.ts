// What every file store backend is (decision record 007), and the one shape of key they hand out.
import { type Readable } from 'node:stream'
import { type TSpooledFile } from './spool.server'

/** `sha256/<64 hex digits>`: the only shape of key the store hands out. */
export const STORE_KEY = /^sha256\/([0-9a-f]{64})$/

export function storeKeyFor(sha256: string) {
  return `sha256/${sha256}`
}

export function sha256OfKey(key: string) {
  const match = STORE_KEY.exec(key)
  if (!match) throw new Error(`Not a file store key: ${key}`)
  return match[1]
}

export type TStoredFile = { key: string; sha256: string; size: number }
export type TStoredObject = { key: string; size: number; modifiedAt: Date }

export class FileNotInStoreError extends Error {
  constructor(readonly key: string) {
    super(`The file ${key} is not in the file store`)
    this.name = 'FileNotInStoreError'
  }
}

export interface FileStore {
  readonly kind: 'disk' | 's3'
  /** Where uploads are spooled (and checked) before they are kept: a local folder, 0700. */
  readonly spoolDir: string
  /** Puts a spooled file into the store under its SHA-256; the spool file is used up. Idempotent. */
  keep(spooled: TSpooledFile): Promise<TStoredFile>
  /** The bytes as a stream, with their size; FileNotInStoreError when the key holds nothing. */
  open(key: string): Promise<{ stream: Readable; size: number }>
  stat(key: string): Promise<TStoredObject | null>
  /** Every stored file, in no particular order. */
  list(): AsyncIterable<TStoredObject>
  /** Only the sweep deletes (decision record 007): a key may be shared by several records. */
  delete(key: string): Promise<void>
}
