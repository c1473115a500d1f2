// The file store (decision record 007): every file's bytes (evidence, the PDFs sent for signature and
// sealed, drawn signatures) live here, addressed by their SHA-256; the database keeps only metadata
// that names the store key. This module picks the backend from the environment: `disk` (the default)
// or `s3`, behind the interface in file-store-interface.ts.
import path from 'node:path'
import { getEnv, type TEnv } from '#app/utils/env.server'
import { DiskFileStore } from './disk-file-store.server'
import { S3FileStore } from './s3-file-store.server'
import { type FileStore, type TStoredFile } from './file-store-interface'
import { spoolBytes } from './spool.server'

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
