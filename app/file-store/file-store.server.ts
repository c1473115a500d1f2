// The file store (decision record 007): every file's bytes (evidence, the PDFs sent for signature and
// sealed, drawn signatures) live here, addressed by their SHA-256; the database keeps only metadata
// that names the store key. Two backends behind this one interface: `disk` (the default) and `s3`.
import { type Readable } from 'node:stream'
import path from 'node:path'
import { getEnv, type TEnv } from '#app/utils/env.server'
import { DiskFileStore } from './disk-file-store.server'
import { S3FileStore } from './s3-file-store.server'
import { spoolBytes, type TSpooledFile } from './spool.server'

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

/** Small generated files (a sealed PDF, a drawn signature): spooled, then kept. */
export async function putBytes(store: FileStore, bytes: Uint8Array): Promise<TStoredFile> {
  return store.keep(await spoolBytes(store.spoolDir, bytes))
}

export async function readBytes(store: FileStore, key: string): Promise<Buffer> {
  const { stream } = await store.open(key)
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export function fileStoreFromEnv(env: TEnv): FileStore {
  const root = path.join(env.DATA_DIR, 'files')
  if (env.FILE_STORE === 'disk') return new DiskFileStore(root)
  return new S3FileStore({
    spoolDir: path.join(root, 'tmp'),
    bucket: env.S3_BUCKET ?? '',
    prefix: env.S3_PREFIX,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    credentials: env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
  })
}

// One store per process, kept on globalThis like the database connection so dev rebuilds share it.
const globalForStore = globalThis as typeof globalThis & { __slaFileStore?: FileStore }

export function getFileStore(): FileStore {
  globalForStore.__slaFileStore ??= fileStoreFromEnv(getEnv())
  return globalForStore.__slaFileStore
}

/** Makes `store` the process's file store (a restore into another DATA_DIR, a test's own folder). */
export function useFileStore(store: FileStore | undefined) {
  globalForStore.__slaFileStore = store
}
