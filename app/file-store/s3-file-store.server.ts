// Any S3-compatible object store (AWS, MinIO, Ceph, Azure through its S3 gateway), so several app
// instances share one store. Objects are `<S3_PREFIX>sha256/<sha256>`; an upload is spooled and
// checked locally and sent with one PutObject, which S3 makes visible whole or not at all.
import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3'
import { FileNotInStoreError, STORE_KEY, storeKeyFor, type FileStore, type TStoredFile, type TStoredObject } from './file-store-interface'
import { discardSpool, type TSpooledFile } from './spool.server'

export type TS3FileStoreOptions = {
  spoolDir: string
  bucket: string
  prefix: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  /** Without them the SDK's own chain applies (AWS_* variables, an instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

export class S3FileStore implements FileStore {
  readonly kind = 's3' as const
  readonly spoolDir: string
  readonly bucket: string
  private readonly prefix: string
  private readonly client: S3Client

  constructor(options: TS3FileStoreOptions) {
    this.spoolDir = options.spoolDir
    this.bucket = options.bucket
    this.prefix = options.prefix
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // The SDK's default extra checksums use a request encoding that MinIO, Ceph and older S3
      // gateways refuse; the SHA-256 of every file is checked by the app itself.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
  }

  async keep(spooled: TSpooledFile): Promise<TStoredFile> {
    const key = storeKeyFor(spooled.sha256)
    try {
      await this.client.send(
        new PutObjectCommand({ Bucket: this.bucket, Key: this.prefix + key, Body: createReadStream(spooled.path), ContentLength: spooled.size, ContentType: 'application/octet-stream' }),
      )
    } finally {
      await discardSpool(spooled)
    }
    return { key, sha256: spooled.sha256, size: spooled.size }
  }

  async open(key: string) {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }))
      return { stream: object.Body as Readable, size: object.ContentLength ?? 0 }
    } catch (error) {
      throw isMissing(error) ? new FileNotInStoreError(key) : error
    }
  }

  async stat(key: string): Promise<TStoredObject | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }))
      return { key, size: head.ContentLength ?? 0, modifiedAt: head.LastModified ?? new Date(0) }
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
  }

  async *list(): AsyncIterable<TStoredObject> {
    let ContinuationToken: string | undefined
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: `${this.prefix}sha256/`, ContinuationToken }))
      for (const object of page.Contents ?? []) {
        const key = (object.Key ?? '').slice(this.prefix.length)
        if (STORE_KEY.test(key)) yield { key, size: object.Size ?? 0, modifiedAt: object.LastModified ?? new Date(0) }
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (ContinuationToken)
  }

  async delete(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }))
  }
}

function isMissing(error: unknown) {
  return error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)
}
