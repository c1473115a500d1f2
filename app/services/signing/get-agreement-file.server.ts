import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { findSignedRecordImport } from '#app/services/imports/get-import-file.server'
import { readImportFile } from '#app/services/imports/import-file.server'
import { downloadResponse } from '#app/utils/download.server'
import { SigningRequest } from '#models/signing-request'
import { agreementDocument, agreementDocx, agreementPdf, documentFileName, readSigningFile } from './agreement-files.server'

export type TAgreementFileFormat = 'pdf' | 'docx' | 'signed.pdf'

export type TAgreementFile = { bytes: Uint8Array; fileName: string; contentType: string }

const PDF = 'application/pdf'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The current agreement version as DOCX or PDF, or the sealed signed PDF once every party has signed;
 * anyone who may read the agreement may download it. */
export async function getAgreementFile({ actor, agreementId, format }: { actor: TActor; agreementId: string; format: TAgreementFileFormat }): Promise<TAgreementFile> {
  const agreement = await getAgreement({ actor, agreementId })
  if (format === 'signed.pdf') {
    const completed = await SigningRequest.findOne({ agreement: agreement._id, status: 'completed' }).sort({ createdAt: -1 }).lean()
    if (!completed?.signedStoreKey) {
      // An agreement imported as already signed and in force has the uploaded file as its signed record.
      const imported = await findSignedRecordImport(agreement.originalAgreement ?? agreement._id)
      if (imported) return { bytes: await readImportFile(imported.file), fileName: imported.file.name, contentType: imported.file.contentType }
      throw new AppError('not_found', { message: 'This agreement has not been signed by every party yet' })
    }
    return { bytes: await readSigningFile(completed.signedStoreKey), fileName: documentFileName(agreement, 'pdf', '-signed'), contentType: PDF }
  }
  const document = await agreementDocument(agreement)
  if (format === 'docx') return { bytes: await agreementDocx(document), fileName: documentFileName(agreement, 'docx'), contentType: DOCX }
  return { bytes: await agreementPdf(document), fileName: documentFileName(agreement, 'pdf'), contentType: PDF }
}

/** The download response: an attachment that is never cached. */
export function agreementFileResponse({ bytes, fileName, contentType }: TAgreementFile) {
  return downloadResponse({ body: bytes, fileName, contentType })
}
