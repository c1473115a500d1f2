// Until the file store, file bytes lived in the database's GridFS: evidence in the bucket `evidence`,
// the PDFs sent for signature, sealed PDFs and drawn signature PNGs in `agreement-documents`, imported
// Word and PDF agreements in `agreement-imports`. This
// moves each into the file store once, on start and by `npm run migrate`. Each record is moved on
// its own (bytes kept and their SHA-256 checked against the record, then the record names its store
// key and loses its GridFS id, with an audit event, in one transaction), so a crash part-way leaves
// every record either moved or not, and running it again carries on. A bucket no record names any
// more is dropped.
import mongoose from 'mongoose'
import { Readable } from 'node:stream'
import { AgreementImport } from '#models/agreement-import'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { Evidence } from '#models/evidence'
import { SigningRequest } from '#models/signing-request'
import { getFileStore } from './file-store.server'
import { type FileStore } from './file-store-interface'
import { discardSpool, spoolStream } from './spool.server'

type Db = mongoose.mongo.Db
type ObjectId = mongoose.mongo.ObjectId

export const EVIDENCE_BUCKET = 'evidence'
export const SIGNING_BUCKET = 'agreement-documents'
export const IMPORT_BUCKET = 'agreement-imports'

export type TMigrationResult = { moved: number; bytes: number; problems: string[] }

/** One GridFS file a record names: where its id is, where its key goes, and the SHA-256 the record holds. */
// A null id (a typed signature, a request not yet sealed) names no file.
const NAMES_EVIDENCE_FILE = { fileId: { $ne: null } }
const NAMES_IMPORT_FILE = { 'file.fileId': { $ne: null } }
const NAMES_SIGNING_FILE = { $or: [{ documentFileId: { $ne: null } }, { signedFileId: { $ne: null } }, { 'signatories.signature.drawnFileId': { $ne: null } }] }

type TMove = { fileId: ObjectId; from: string; to: string; sha256: string | undefined }

async function copyToStore(db: Db, bucket: string, move: TMove, store: FileStore) {
  const download = new mongoose.mongo.GridFSBucket(db, { bucketName: bucket }).openDownloadStream(move.fileId)
  const spooled = await spoolStream({ dir: store.spoolDir, source: download as Readable })
  if (move.sha256 && spooled.sha256 !== move.sha256) {
    await discardSpool(spooled)
    throw new Error(`its bytes have SHA-256 ${spooled.sha256}, not the ${move.sha256} recorded`)
  }
  return store.keep(spooled)
}

type TRecordMove = {
  collection: string
  bucket: string
  id: unknown
  moves: TMove[]
  audit: { authorityId: string; action: string; subject: { type: string; id: string }; summary: (moved: number) => string }
}

async function moveRecord(db: Db, record: TRecordMove, store: FileStore, result: TMigrationResult) {
  const set: Record<string, string> = {}
  const unset: Record<string, ''> = {}
  const filter: Record<string, unknown> = { _id: record.id }
  for (const move of record.moves) {
    try {
      const stored = await copyToStore(db, record.bucket, move, store)
      set[move.to] = stored.key
      unset[move.from] = ''
      filter[move.from] = move.fileId
      result.bytes += stored.size
    } catch (error) {
      result.problems.push(`${record.collection} ${String(record.id)}: GridFS file ${String(move.fileId)} (${move.from}) not moved: ${(error as Error).message}`)
    }
  }
  if (Object.keys(set).length === 0) return
  await inTransaction(async (session) => {
    const updated = await db.collection(record.collection).updateOne(filter, { $set: set, $unset: unset }, { session })
    if (updated.modifiedCount === 0) return
    result.moved += Object.keys(set).length
    await recordAuditEvent({ actor: null, organisationId: record.audit.authorityId, authorityId: record.audit.authorityId, action: record.audit.action, subject: record.audit.subject, summary: record.audit.summary(Object.keys(set).length), session })
  })
}

async function moveEvidence(db: Db, store: FileStore, result: TMigrationResult) {
  const collection = Evidence.collection.collectionName
  const cursor = db.collection(collection).find(NAMES_EVIDENCE_FILE)
  for await (const evidence of cursor) {
    const authorityId = String(evidence.authority)
    await moveRecord(db, {
      collection,
      bucket: EVIDENCE_BUCKET,
      id: evidence._id,
      moves: [{ fileId: evidence.fileId as ObjectId, from: 'fileId', to: 'storeKey', sha256: evidence.sha256 as string }],
      audit: { authorityId, action: 'evidence.file_moved', subject: { type: 'Evidence', id: String(evidence._id) }, summary: () => `System moved ${String(evidence.filename)} (SHA-256 ${String(evidence.sha256)}, checked) from the database into the file store` },
    }, store, result)
  }
}

async function moveSigningFiles(db: Db, store: FileStore, result: TMigrationResult) {
  const collection = SigningRequest.collection.collectionName
  const cursor = db.collection(collection).find(NAMES_SIGNING_FILE)
  for await (const request of cursor) {
    const moves: TMove[] = []
    if (request.documentFileId) moves.push({ fileId: request.documentFileId as ObjectId, from: 'documentFileId', to: 'documentStoreKey', sha256: request.documentSha256 as string })
    if (request.signedFileId) moves.push({ fileId: request.signedFileId as ObjectId, from: 'signedFileId', to: 'signedStoreKey', sha256: request.signedSha256 as string })
    ;(request.signatories as Array<{ signature?: { drawnFileId?: ObjectId; drawnSha256?: string } | null }>).forEach((signatory, index) => {
      const signature = signatory.signature
      if (signature?.drawnFileId) moves.push({ fileId: signature.drawnFileId, from: `signatories.${index}.signature.drawnFileId`, to: `signatories.${index}.signature.drawnStoreKey`, sha256: signature.drawnSha256 })
    })
    if (moves.length === 0) continue
    await moveRecord(db, {
      collection,
      bucket: SIGNING_BUCKET,
      id: request._id,
      moves,
      audit: { authorityId: String(request.authority), action: 'signing.files_moved', subject: { type: 'Agreement', id: String(request.agreement) }, summary: (moved) => `System moved ${moved} signing files of ${String(request.reference)} version ${String(request.version)} (SHA-256 checked) from the database into the file store` },
    }, store, result)
  }
}

async function moveImportFiles(db: Db, store: FileStore, result: TMigrationResult) {
  const collection = AgreementImport.collection.collectionName
  const cursor = db.collection(collection).find(NAMES_IMPORT_FILE)
  for await (const agreementImport of cursor) {
    const file = agreementImport.file as { fileId: ObjectId; name: string; sha256: string }
    const authorityId = String(agreementImport.authority)
    await moveRecord(db, {
      collection,
      bucket: IMPORT_BUCKET,
      id: agreementImport._id,
      moves: [{ fileId: file.fileId, from: 'file.fileId', to: 'file.storeKey', sha256: file.sha256 }],
      audit: { authorityId, action: 'import.file_moved', subject: { type: 'AgreementImport', id: String(agreementImport._id) }, summary: () => `System moved the imported file "${file.name}" (SHA-256 ${file.sha256}, checked) from the database into the file store` },
    }, store, result)
  }
}

/** Drops a bucket once no record names a file in it (a leftover is bytes without metadata). */
async function dropBucketIfUnused(db: Db, bucket: string, stillNamed: () => Promise<boolean>) {
  if (await stillNamed()) return false
  for (const suffix of ['files', 'chunks']) await db.collection(`${bucket}.${suffix}`).drop().catch(() => undefined)
  return true
}

/** Moves every file still in GridFS into the file store; safe to run any number of times. */
export async function migrateGridFsFiles({ store = getFileStore() }: { store?: FileStore } = {}): Promise<TMigrationResult> {
  const db = mongoose.connection.db
  if (!db) throw new Error('The database is not connected')
  const result: TMigrationResult = { moved: 0, bytes: 0, problems: [] }
  const names = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((collection) => collection.name))
  const evidenceNames = db.collection(Evidence.collection.collectionName)
  const signingNames = db.collection(SigningRequest.collection.collectionName)
  const importNames = db.collection(AgreementImport.collection.collectionName)
  if (names.has(`${EVIDENCE_BUCKET}.files`)) {
    await moveEvidence(db, store, result)
    await dropBucketIfUnused(db, EVIDENCE_BUCKET, async () => (await evidenceNames.countDocuments(NAMES_EVIDENCE_FILE, { limit: 1 })) > 0)
  }
  if (names.has(`${SIGNING_BUCKET}.files`)) {
    await moveSigningFiles(db, store, result)
    await dropBucketIfUnused(db, SIGNING_BUCKET, async () => (await signingNames.countDocuments(NAMES_SIGNING_FILE, { limit: 1 })) > 0)
  }
  if (names.has(`${IMPORT_BUCKET}.files`)) {
    await moveImportFiles(db, store, result)
    await dropBucketIfUnused(db, IMPORT_BUCKET, async () => (await importNames.countDocuments(NAMES_IMPORT_FILE, { limit: 1 })) > 0)
  }
  return result
}
