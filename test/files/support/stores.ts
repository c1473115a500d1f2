// The two file store backends, each on its own temporary folder or bucket, for the contract tests.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DiskFileStore } from '#app/file-store/disk-file-store.server'
import { type FileStore } from '#app/file-store/file-store-interface'
import { S3FileStore } from '#app/file-store/s3-file-store.server'
import { startS3Server, TEST_BUCKET, type TS3Server } from '#test/support/s3'

export const BACKENDS = ['disk', 's3'] as const
export type TBackend = (typeof BACKENDS)[number]

export type TTestStore = { store: FileStore; dataDir: string; env: Record<string, string>; stop: () => Promise<void> }

/** A store of the backend with a new DATA_DIR (and, for s3, a new s3rver), and the environment that selects it. */
export async function openTestStore(backend: TBackend): Promise<TTestStore> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
  const dataDir = mkdtempSync(path.join(tmpdir(), `sla-store-${backend}-`))
  const root = path.join(dataDir, 'files')
  let s3: TS3Server | undefined
  let store: FileStore
  if (backend === 'disk') store = new DiskFileStore(root)
  else {
    s3 = await startS3Server()
    store = new S3FileStore({ spoolDir: path.join(root, 'tmp'), bucket: TEST_BUCKET, prefix: '', region: 'eu-west-2', endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  }
  return {
    store,
    dataDir,
    env: { DATA_DIR: dataDir, ...(s3?.env ?? { FILE_STORE: 'disk' }) },
    async stop() {
      await s3?.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
