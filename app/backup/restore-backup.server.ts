// `npm run restore -- --from FILE` (decision record 007): files first, each checked against the
// SHA-256 that names it, then the database, collection by collection, then the manifest's counts.
// The caller has made sure the target is empty (or was told to replace it).
import { mkdir, writeFile } from 'node:fs/promises'
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { createGunzip } from 'node:zlib'
import mongoose from 'mongoose'
import tar from 'tar-stream'
import { type FileStore } from '#app/file-store/file-store-interface'
import { getFileStore } from '#app/file-store/file-store.server'
import { discardSpool, spoolStream } from '#app/file-store/spool.server'
import { BACKUP_FORMAT, COLLECTION_ENTRY, FILE_ENTRY, SEAL_ENTRY, type TBackupHeader, type TBackupManifest } from './archive-format'

type Db = mongoose.mongo.Db
type Document = mongoose.mongo.Document

export type TRestoreSummary = TBackupManifest & { seconds: number; createdAt: string }

export type TRestoreBackupOptions = {
  from: string
  dataDir: string
  store?: FileStore
  progress?: (line: string) => void
}

const BSON = mongoose.mongo.BSON
const INSERT_BATCH_BYTES = 8 * 1024 * 1024

export class BackupRestoreError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupRestoreError'
  }
}

export async function restoreBackup({ from, dataDir, store = getFileStore(), progress = () => undefined }: TRestoreBackupOptions): Promise<TRestoreSummary> {
  const started = Date.now()
  const db = mongoose.connection.db
  if (!db) throw new Error('The database is not connected')
  const restored: TBackupManifest = { documents: 0, collections: {}, files: 0, fileBytes: 0 }
  let header: TBackupHeader | undefined
  let manifest: TBackupManifest | undefined
  const extract = tar.extract()
  createReadStream(from).on('error', (error) => extract.destroy(error)).pipe(createGunzip()).on('error', (error) => extract.destroy(error)).pipe(extract)
  for await (const entry of extract) {
    const name = entry.header.name
    // streamx's Readable, iterated as Node's is.
    const body = entry as unknown as AsyncIterable<Buffer>
    const file = FILE_ENTRY.exec(name)
    const collection = COLLECTION_ENTRY.exec(name)
    const seal = SEAL_ENTRY.exec(name)
    if (name === 'backup.json') header = checkHeader(JSON.parse(String(await readAll(body))))
    else if (!header) throw new BackupRestoreError(`${from} is not an SLA Register backup (it does not start with backup.json)`)
    else if (file) {
      restored.fileBytes += await restoreFile(store, file[1], body)
      restored.files += 1
      if (restored.files % 100 === 0) progress(`Files: ${restored.files} restored and checked`)
    } else if (seal) await restoreSealFile(dataDir, seal[1], await readAll(body))
    else if (collection?.[2] === 'metadata.json') await createCollection(db, collection[1], String(await readAll(body)))
    else if (collection?.[2] === 'bson') {
      const count = await insertDocuments(db, collection[1], body)
      restored.collections[collection[1]] = count
      restored.documents += count
    } else if (name === 'manifest.json') manifest = JSON.parse(String(await readAll(body))) as TBackupManifest
    else entry.resume()
  }
  if (!header || !manifest) throw new BackupRestoreError(`${from} ends before its manifest: the backup is incomplete`)
  checkAgainstManifest(restored, manifest)
  progress(`Database: ${restored.documents} documents in ${Object.keys(restored.collections).length} collections`)
  return { ...restored, seconds: (Date.now() - started) / 1000, createdAt: header.createdAt }
}

function checkHeader(header: TBackupHeader) {
  if (header.format !== BACKUP_FORMAT) throw new BackupRestoreError(`This backup's format is ${String(header.format)}; this version restores ${BACKUP_FORMAT}`)
  return header
}

async function readAll(stream: AsyncIterable<Buffer>) {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/** Kept only if its bytes have the SHA-256 that names them. */
async function restoreFile(store: FileStore, sha256: string, entry: AsyncIterable<Buffer>) {
  const spooled = await spoolStream({ dir: store.spoolDir, source: entry })
  if (spooled.sha256 !== sha256) {
    await discardSpool(spooled)
    throw new BackupRestoreError(`The backup's copy of file ${sha256} has SHA-256 ${spooled.sha256}: the backup is damaged`)
  }
  await store.keep(spooled)
  return spooled.size
}

async function restoreSealFile(dataDir: string, name: string, bytes: Buffer) {
  const sealDir = path.join(dataDir, 'seal')
  await mkdir(sealDir, { recursive: true, mode: 0o700 })
  await writeFile(path.join(sealDir, name), bytes, { mode: 0o600 })
}

async function createCollection(db: Db, name: string, metadata: string) {
  const { options, indexes } = BSON.EJSON.parse(metadata) as { options: Document; indexes: Array<Document & { name: string; key: Document }> }
  await db.createCollection(name, options)
  const secondary = indexes.filter((index) => index.name !== '_id_').map(({ v: _version, ns: _namespace, ...index }) => index)
  if (secondary.length) await db.command({ createIndexes: name, indexes: secondary })
}

/** Reads BSON documents one after another from the entry and inserts them in batches. */
async function insertDocuments(db: Db, name: string, entry: AsyncIterable<Buffer>) {
  let pending: Buffer = Buffer.alloc(0)
  let batch: Document[] = []
  let batchBytes = 0
  let count = 0
  const flush = async () => {
    if (batch.length) await db.collection(name).insertMany(batch, { ordered: true })
    count += batch.length
    batch = []
    batchBytes = 0
  }
  for await (const chunk of entry) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk
    while (pending.length >= 4 && pending.length >= pending.readInt32LE(0)) {
      const size = pending.readInt32LE(0)
      batch.push(BSON.deserialize(pending.subarray(0, size), { promoteValues: false, promoteLongs: false }))
      batchBytes += size
      pending = pending.subarray(size)
      if (batchBytes >= INSERT_BATCH_BYTES) await flush()
    }
  }
  if (pending.length) throw new BackupRestoreError(`The backup's ${name} collection ends part-way through a document: the backup is damaged`)
  await flush()
  return count
}

function checkAgainstManifest(restored: TBackupManifest, manifest: TBackupManifest) {
  const problems: string[] = []
  if (restored.files !== manifest.files) problems.push(`${restored.files} files restored, ${manifest.files} in the manifest`)
  for (const [name, count] of Object.entries(manifest.collections)) {
    if ((restored.collections[name] ?? 0) !== count) problems.push(`${restored.collections[name] ?? 0} documents restored in ${name}, ${count} in the manifest`)
  }
  if (problems.length) throw new BackupRestoreError(`The restore does not match the backup's manifest: ${problems.join('; ')}`)
}
