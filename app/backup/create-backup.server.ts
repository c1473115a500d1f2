// `npm run backup -- --out FILE` (decision record 007): a consistent, compressed backup of the
// database and the file store while the app keeps serving. The database is read first, as one
// snapshot; then exactly the files that snapshot names are copied. Bytes are always stored before a
// record names them, and files are never changed (content-addressed), so every file the snapshot
// names is there to copy, and files added later are simply not in this backup.
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip, constants as zlib } from 'node:zlib'
import mongoose from 'mongoose'
import tar, { type Pack } from 'tar-stream'
import { fileReferences, storeKeysIn } from '#app/file-store/file-references.server'
import { sha256OfKey, type FileStore } from '#app/file-store/file-store-interface'
import { getFileStore } from '#app/file-store/file-store.server'
import { fsyncPath } from '#app/file-store/spool.server'
import { BACKUP_FORMAT, type TBackupHeader, type TBackupManifest } from './archive-format'
import { snapshotDatabase } from './snapshot-database.server'

export type TBackupSummary = TBackupManifest & { archive: string; archiveBytes: number; archiveSha256: string; seconds: number }

export type TCreateBackupOptions = {
  out: string
  dataDir: string
  store?: FileStore
  progress?: (line: string) => void
}

const EJSON = mongoose.mongo.BSON.EJSON
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export async function createBackup({ out, dataDir, store = getFileStore(), progress = () => undefined }: TCreateBackupOptions): Promise<TBackupSummary> {
  const started = Date.now()
  const db = mongoose.connection.db
  if (!db) throw new Error('The database is not connected')
  const target = path.resolve(out)
  const workDir = await mkdtemp(path.join(path.dirname(target), '.backup-'))
  const partial = path.join(workDir, 'archive.tar.gz')
  try {
    const keys = new Set<string>()
    const references = new Map(fileReferences().map(({ collection, paths }) => [collection, paths]))
    const snapshot = await snapshotDatabase({
      db,
      workDir,
      visit(collection, doc) {
        for (const reference of references.get(collection) ?? []) for (const key of storeKeysIn(doc, reference)) keys.add(key)
      },
    })
    const documents = snapshot.collections.reduce((total, collection) => total + collection.count, 0)
    progress(`Database: ${documents} documents in ${snapshot.collections.length} collections, read as one snapshot`)

    const pack = tar.pack()
    const hash = createHash('sha256')
    let archiveBytes = 0
    const written = pipeline(
      pack,
      // Already-compressed PDFs and photos make up most of a backup: a fast level loses little.
      createGzip({ level: zlib.Z_BEST_SPEED }),
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk)
          archiveBytes += chunk.length
          done(null, chunk)
        },
      }),
      createWriteStream(partial, { mode: 0o600 }),
    )
    const header: TBackupHeader = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), database: db.databaseName, source: snapshot.source }
    await addBuffer(pack, 'backup.json', Buffer.from(JSON.stringify(header, null, 2)))
    const fileBytes = await addFiles(pack, store, [...keys].sort(), progress)
    await addSeal(pack, dataDir)
    for (const collection of snapshot.collections) {
      await addBuffer(pack, `db/${db.databaseName}/${collection.name}.metadata.json`, Buffer.from(EJSON.stringify({ options: collection.options, indexes: collection.indexes }, { relaxed: false })))
      await addFile(pack, `db/${db.databaseName}/${collection.name}.bson`, collection.file)
    }
    const manifest: TBackupManifest = { documents, collections: Object.fromEntries(snapshot.collections.map((collection) => [collection.name, collection.count])), files: keys.size, fileBytes }
    await addBuffer(pack, 'manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)))
    pack.finalize()
    await written
    await fsyncPath(partial)
    await rename(partial, target)
    await fsyncPath(path.dirname(target))
    return { ...manifest, archive: target, archiveBytes, archiveSha256: hash.digest('hex'), seconds: (Date.now() - started) / 1000 }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

/** Each file through a SHA-256 check on its way in: a damaged store is found now, not at restore. */
async function addFiles(pack: Pack, store: FileStore, keys: string[], progress: (line: string) => void) {
  let bytes = 0
  let lastReport = Date.now()
  for (const [index, key] of keys.entries()) {
    const { stream, size } = await store.open(key)
    const hash = createHash('sha256')
    await pipeline(
      stream,
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk)
          done(null, chunk)
        },
      }),
      pack.entry({ name: `files/${key}`, size, mode: 0o600 }),
    )
    if (hash.digest('hex') !== sha256OfKey(key)) throw new Error(`The file store's copy of ${key} does not have that SHA-256: it is damaged; restore it from an earlier backup`)
    bytes += size
    if (Date.now() - lastReport > 2000 || index === keys.length - 1) {
      lastReport = Date.now()
      progress(`Files: ${index + 1} of ${keys.length} (${megabytes(bytes)})`)
    }
  }
  return bytes
}

async function addSeal(pack: Pack, dataDir: string) {
  const sealDir = path.join(dataDir, 'seal')
  for (const name of await readdir(sealDir).catch(() => [])) {
    const file = path.join(sealDir, name)
    if ((await stat(file)).isFile()) await addFile(pack, `data/seal/${name}`, file)
  }
}

function addBuffer(pack: Pack, name: string, buffer: Buffer) {
  return new Promise<void>((resolve, reject) => pack.entry({ name, size: buffer.length, mode: 0o600 }, buffer, (error) => (error ? reject(error) : resolve())))
}

async function addFile(pack: Pack, name: string, file: string) {
  const { size } = await stat(file)
  await pipeline(createReadStream(file), pack.entry({ name, size, mode: 0o600 }))
}
