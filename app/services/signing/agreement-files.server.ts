// Renders an agreement version to PDF or DOCX and keeps signing PDFs in GridFS (mongoose's own
// driver, so the bucket shares the app's connection).
import { createHash } from 'node:crypto'
import mongoose from 'mongoose'
import { renderAgreementDocument } from '#clauses/render-document'
import { partiesOf, type TAgreement } from '#models/agreement'
import type { DocumentModel } from '#clauses/document-model'
import { renderAgreementDocx } from '#templates/render/docx'
import { renderAgreementPdf, type CertificateEntry } from '#templates/render/pdf'

export const SIGNING_BUCKET = 'agreement-documents'

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

export function agreementDocument(agreement: TAgreement): DocumentModel {
  return renderAgreementDocument({
    reference: agreement.reference,
    title: agreement.title,
    version: agreement.version,
    status: agreement.status,
    parties: partiesOf(agreement),
    content: agreement.content,
  })
}

export function agreementPdf(document: DocumentModel, certificate?: CertificateEntry[]) {
  return renderAgreementPdf(document, certificate ? { certificate } : {})
}

export function agreementDocx(document: DocumentModel) {
  return renderAgreementDocx(document)
}

/** "KCC-PRU-2026-001-v1.pdf" */
export function documentFileName(agreement: Pick<TAgreement, 'reference' | 'version'>, extension: 'pdf' | 'docx', suffix = '') {
  return `${agreement.reference}-v${agreement.version}${suffix}.${extension}`
}

function bucket() {
  const db = mongoose.connection.db
  if (!db) throw new Error('The database is not connected')
  return new mongoose.mongo.GridFSBucket(db, { bucketName: SIGNING_BUCKET })
}

export async function storeSigningFile(filename: string, bytes: Uint8Array, metadata: Record<string, unknown>) {
  const upload = bucket().openUploadStream(filename, { metadata: { contentType: 'application/pdf', ...metadata } })
  await new Promise<void>((resolve, reject) => {
    upload.once('finish', () => resolve())
    upload.once('error', reject)
    upload.end(Buffer.from(bytes))
  })
  return upload.id
}

export async function readSigningFile(fileId: mongoose.Types.ObjectId): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of bucket().openDownloadStream(fileId)) chunks.push(chunk as Buffer)
  return new Uint8Array(Buffer.concat(chunks))
}

export async function deleteSigningFile(fileId: mongoose.Types.ObjectId) {
  await bucket().delete(fileId)
}
