import type { Types } from 'mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { AgreementImport } from '#models/agreement-import'
import { recordAuditEvent } from '#models/audit-event'
import { getImport } from './get-import.server'
import { readImportFile } from './import-file.server'

/** The file as it was uploaded, for anyone who may read the import; the download is audited. */
export async function getImportFile({ actor, importId }: { actor: TActor; importId: string }) {
  const agreementImport = await getImport({ actor, importId })
  if (agreementImport.status === 'discarded') throw new AppError('not_found', { message: 'This import was discarded with its file' })
  const bytes = await readImportFile(agreementImport.file)
  await recordAuditEvent({
    actor,
    organisationId: String(agreementImport.authority),
    authorityId: String(agreementImport.authority),
    action: 'import.file_downloaded',
    subject: { type: 'AgreementImport', id: String(agreementImport._id) },
    summary: `${actor.name} downloaded "${agreementImport.file.name}"`,
  })
  return { bytes, fileName: agreementImport.file.name, contentType: agreementImport.file.contentType }
}

/** The file an agreement in force was imported with: its signed record. */
export async function findSignedRecordImport(agreementId: Types.ObjectId) {
  return AgreementImport.findOne({ agreement: agreementId, inForce: true, status: 'accepted' }).lean()
}
