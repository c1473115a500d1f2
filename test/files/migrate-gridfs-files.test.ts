// Files stored in GridFS before the file store move into it once: every record then names a store key
// whose bytes have the SHA-256 it recorded, the buckets are dropped, each move is audited, and running
// it again (after a crash part-way, or on every start) moves nothing twice.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import mongoose from 'mongoose'
import { readBytes } from '#app/file-store/file-store.server'
import { EVIDENCE_BUCKET, IMPORT_BUCKET, migrateGridFsFiles, SIGNING_BUCKET } from '#app/file-store/migrate-gridfs-files.server'
import { isStoreKeyReferenced } from '#app/file-store/file-references.server'
import { AgreementImport } from '#models/agreement-import'
import { AuditEvent } from '#models/audit-event'
import { Evidence } from '#models/evidence'
import { SigningRequest } from '#models/signing-request'
import { startEmbeddedServer } from '#db/server'
import { withDatabase } from '#db/uri'
import { openTestDatabase, type TestDatabase } from '#test/db/harness'
import { storedKeys } from '#test/support/file-store'
import { openTestStore, type TTestStore } from './support/stores'

const ROOT = path.resolve(import.meta.dirname, '../..')
let database: TestDatabase
let files: TTestStore

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

beforeAll(async () => {
  database = await openTestDatabase()
  await mongoose.connect(database.uri)
  files = await openTestStore('disk')
})

afterAll(async () => {
  await mongoose.disconnect()
  await database.close()
  await files.stop()
})

async function inGridFs(bucketName: string, bytes: Buffer) {
  const upload = new mongoose.mongo.GridFSBucket(mongoose.connection.db!, { bucketName }).openUploadStream('file')
  await new Promise<void>((resolve, reject) => {
    upload.once('finish', () => resolve())
    upload.once('error', reject)
    upload.end(bytes)
  })
  return upload.id
}

const collectionNames = async () => (await mongoose.connection.db!.listCollections({}, { nameOnly: true }).toArray()).map((collection) => collection.name)

test('evidence, the PDF sent for signature, the sealed PDF and a drawn signature move out of GridFS, once', async () => {
  const authority = new mongoose.Types.ObjectId()
  const report = Buffer.from('%PDF-1.7 termly report')
  const toSign = Buffer.from('%PDF-1.7 to sign')
  const sealed = Buffer.from('%PDF-1.7 sealed')
  const drawing = Buffer.from('PNG drawn signature')
  const evidenceId = new mongoose.Types.ObjectId()
  await Evidence.collection.insertOne({ _id: evidenceId, authority, filename: 'report.pdf', sha256: sha256(report), fileId: await inGridFs(EVIDENCE_BUCKET, report) })
  const requestId = new mongoose.Types.ObjectId()
  await SigningRequest.collection.insertOne({
    _id: requestId,
    authority,
    agreement: new mongoose.Types.ObjectId(),
    reference: 'KCC-PRU-2026-001',
    version: 1,
    documentSha256: sha256(toSign),
    documentFileId: await inGridFs(SIGNING_BUCKET, toSign),
    signedSha256: sha256(sealed),
    signedFileId: await inGridFs(SIGNING_BUCKET, sealed),
    signatories: [{ signature: { method: 'typed', drawnFileId: null } }, { signature: { method: 'drawn', drawnSha256: sha256(drawing), drawnFileId: await inGridFs(SIGNING_BUCKET, drawing) } }],
  })
  // A GridFS file whose bytes are not the ones its record names is left where it is, and reported.
  const tamperedId = new mongoose.Types.ObjectId()
  await Evidence.collection.insertOne({ _id: tamperedId, authority, filename: 'tampered.pdf', sha256: sha256(Buffer.from('original')), fileId: await inGridFs(EVIDENCE_BUCKET, Buffer.from('changed')) })

  const first = await migrateGridFsFiles({ store: files.store })
  expect(first).toMatchObject({ moved: 4, bytes: report.length + toSign.length + sealed.length + drawing.length })
  expect(first.problems).toEqual([expect.stringContaining(`evidences ${String(tamperedId)}: GridFS file`)])

  const evidence = await Evidence.collection.findOne({ _id: evidenceId })
  expect(evidence).toMatchObject({ storeKey: `sha256/${sha256(report)}` })
  expect(evidence).not.toHaveProperty('fileId')
  expect(sha256(await readBytes(files.store, String(evidence?.storeKey)))).toBe(sha256(report))
  const request = await SigningRequest.collection.findOne({ _id: requestId })
  expect(request).toMatchObject({ documentStoreKey: `sha256/${sha256(toSign)}`, signedStoreKey: `sha256/${sha256(sealed)}` })
  expect(request).not.toHaveProperty('documentFileId')
  expect(request?.signatories[1].signature).toEqual({ method: 'drawn', drawnSha256: sha256(drawing), drawnStoreKey: `sha256/${sha256(drawing)}` })
  expect(await storedKeys(files.store)).toEqual([report, toSign, sealed, drawing].map((bytes) => `sha256/${sha256(bytes)}`).sort())
  // The signing bucket is empty of named files: dropped. The evidence bucket still holds the tampered file.
  expect(await collectionNames()).not.toContain(`${SIGNING_BUCKET}.files`)
  expect(await collectionNames()).toContain(`${EVIDENCE_BUCKET}.files`)
  expect((await AuditEvent.find({ authority }).lean()).map((event) => event.action).sort()).toEqual(['evidence.file_moved', 'signing.files_moved'])

  // Again, as on the next start: nothing moves twice.
  const second = await migrateGridFsFiles({ store: files.store })
  expect(second.moved).toBe(0)
  expect(await AuditEvent.countDocuments({ authority })).toBe(2)

  // Once the last record is put right, the evidence bucket goes too.
  await Evidence.collection.deleteOne({ _id: tamperedId })
  await migrateGridFsFiles({ store: files.store })
  expect((await collectionNames()).filter((name) => name.startsWith(EVIDENCE_BUCKET + '.') || name.startsWith(SIGNING_BUCKET + '.'))).toEqual([])
})

test('an agreement imported before the file store keeps its Word file: it moves out of GridFS and the sweep knows it', async () => {
  const authority = new mongoose.Types.ObjectId()
  const docx = Buffer.from('PK Word agreement imported by an earlier version')
  const importId = new mongoose.Types.ObjectId()
  await AgreementImport.collection.insertOne({
    _id: importId,
    authority,
    status: 'ready',
    file: { name: 'ICT SLA 2025.docx', kind: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: docx.length, sha256: sha256(docx), fileId: await inGridFs(IMPORT_BUCKET, docx) },
  })

  expect(await migrateGridFsFiles({ store: files.store })).toMatchObject({ moved: 1, bytes: docx.length, problems: [] })

  const moved = await AgreementImport.collection.findOne({ _id: importId })
  expect(moved?.file).toMatchObject({ name: 'ICT SLA 2025.docx', storeKey: `sha256/${sha256(docx)}` })
  expect(moved?.file).not.toHaveProperty('fileId')
  expect((await readBytes(files.store, `sha256/${sha256(docx)}`)).equals(docx)).toBe(true)
  expect(await isStoreKeyReferenced(`sha256/${sha256(docx)}`)).toBe(true)
  expect(await collectionNames()).not.toContain(`${IMPORT_BUCKET}.files`)
  expect((await AuditEvent.find({ authority }).lean()).map((event) => event.summary)).toEqual([
    `System moved the imported file "ICT SLA 2025.docx" (SHA-256 ${sha256(docx)}, checked) from the database into the file store`,
  ])
})

test('npm run migrate moves what a DATA_DIR still holds in GridFS, and says what it moved', async () => {
  const dataDir = path.join(files.dataDir, 'migrate-cli')
  const server = await startEmbeddedServer({ dbPath: path.join(dataDir, 'db'), port: 0 })
  const client = await new mongoose.mongo.MongoClient(withDatabase(server.uri, 'sla')).connect()
  const report = Buffer.from('%PDF-1.7 kept in GridFS by an earlier version')
  const upload = new mongoose.mongo.GridFSBucket(client.db(), { bucketName: EVIDENCE_BUCKET }).openUploadStream('report.pdf')
  await new Promise<void>((resolve, reject) => upload.once('finish', () => resolve()).once('error', reject).end(report))
  await client.db().collection('evidences').insertOne({ authority: new mongoose.Types.ObjectId(), filename: 'report.pdf', sha256: sha256(report), fileId: upload.id })
  await client.close()
  await server.close()

  const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['app/cli/migrate.server.ts'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'test', DATA_DIR: dataDir, FILE_STORE: 'disk' } })
  expect(stdout).toContain(`File store: moved 1 files (${report.length} bytes) from GridFS into the file store`)
  expect(readFileSync(path.join(dataDir, 'files', 'sha256', sha256(report).slice(0, 2), sha256(report))).equals(report)).toBe(true)
}, 60_000)
