// Renders an agreement version to PDF or DOCX, and keeps the signing files (the PDF sent for
// signature, drawn signatures, the sealed PDF) in the file store.
import { createHash } from 'node:crypto'
import { getFileStore, putBytes, readBytes } from '#app/file-store/file-store.server'
import { loadTermCalendar } from '#app/services/timeline/timeline-inputs.server'
import { renderAgreementDocument } from '#clauses/render-document'
import { partiesOf, type TAgreement } from '#models/agreement'
import type { DocumentModel } from '#clauses/document-model'
import { renderAgreementDocx } from '#templates/render/docx'
import { renderAgreementPdf, type CertificateEntry } from '#templates/render/pdf'

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** The document of an agreement version, with its authority's term dates for amounts worked out by terms. */
export async function agreementDocument(agreement: TAgreement): Promise<DocumentModel> {
  return renderAgreementDocument({
    reference: agreement.reference,
    title: agreement.title,
    version: agreement.version,
    status: agreement.status,
    parties: partiesOf(agreement),
    content: agreement.content,
    termCalendar: await loadTermCalendar(agreement.authority),
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

/**
 * Kept before the database records that name it (bytes first, then metadata). A record that then
 * fails to save leaves the bytes unreferenced, and the sweep removes them after its grace period; they
 * are never deleted here, as another record may hold the same bytes.
 */
export async function keepSigningFile(bytes: Uint8Array): Promise<string> {
  const { key } = await putBytes(getFileStore(), bytes)
  return key
}

export async function readSigningFile(storeKey: string): Promise<Uint8Array> {
  return new Uint8Array(await readBytes(getFileStore(), storeKey))
}
