import { type TActor } from '#app/utils/actor.server'
import { assertCan } from '#app/utils/permissions.server'
import { asSubject } from '#models/access/subjects'
import { AgreementImport } from '#models/agreement-import'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { authorityForImport } from './authority-for-import.server'
import { storeImportFile, type TReceivedImportFile } from './import-file.server'

export type TStartImportOptions = {
  actor: TActor
  file: TReceivedImportFile
  /** The authority, when the commissioner works for more than one. */
  authority?: string
}

/** Keeps the checked file and records the import as being read; reading it is `runImport`'s work. */
export async function startImport({ actor, file, authority: requested }: TStartImportOptions) {
  const authority = await authorityForImport(actor, requested)
  assertCan(actor, 'create', asSubject('AgreementImport', { _id: '', authority: authority._id, status: 'reading' }))
  // Bytes no record names (the create failed) are the file store sweep's to remove.
  const storeKey = await storeImportFile(file)
  return inTransaction(async (session) => {
    const [created] = await AgreementImport.create(
      [
        {
          authority: authority._id,
          createdBy: actor.id,
          createdByName: actor.name,
          status: 'reading',
          file: { name: file.name, kind: file.kind, contentType: file.contentType, size: file.size, sha256: file.sha256, storeKey },
          progress: { stage: 'reading', share: 0, at: new Date() },
        },
      ],
      { session },
    )
    await recordAuditEvent({
      actor,
      organisationId: String(authority._id),
      authorityId: String(authority._id),
      action: 'import.uploaded',
      subject: { type: 'AgreementImport', id: String(created._id) },
      summary: `${actor.name} uploaded "${file.name}" (${file.kind.toUpperCase()}, ${file.size} bytes, SHA-256 ${file.sha256}) to import as an agreement`,
      session,
    })
    return created.toObject()
  })
}
