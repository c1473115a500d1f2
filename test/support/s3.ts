// A real S3 wire-protocol server for the tests (s3rver serves S3 from a folder), so the `s3` file
// store is tested as it talks to AWS, MinIO or Ceph.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

export const TEST_BUCKET = 'sla-files-test'

export type TS3Server = { endpoint: string; env: Record<string, string>; stop: () => Promise<void> }

export async function startS3Server(): Promise<TS3Server> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
  const directory = mkdtempSync(path.join(tmpdir(), 'sla-s3-'))
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: TEST_BUCKET, configs: [] }] })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    // s3rver accepts these fixed credentials.
    env: { FILE_STORE: 's3', S3_BUCKET: TEST_BUCKET, S3_ENDPOINT: endpoint, S3_REGION: 'eu-west-2', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_FORCE_PATH_STYLE: 'true', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    async stop() {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
