import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { AgreementImport } from '#models/agreement-import'
import { agreementImportSubject, isStalled } from '#models/agreement-import-state'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { getImport } from './get-import.server'

/** Drops an import that will not become an agreement, and its file; what was read goes with it. */
export async function discardImport({ actor, importId }: { actor: TActor; importId: string }) {
  const agreementImport = await getImport({ actor, importId })
  // A failed or stalled reading is discarded like one read in full.
  const status = agreementImport.status === 'failed' || isStalled(agreementImport) ? 'ready' : agreementImport.status
  assertCan(actor, 'update', agreementImportSubject({ ...agreementImport, status }))
  return inTransaction(async (session) => {
    const saved = await AgreementImport.findOneAndUpdate(
      { _id: agreementImport._id, status: { $in: ['ready', 'failed', 'reading'] } },
      // Once no record names its key, the file store sweep removes the file.
      { $set: { status: 'discarded', source: null, structure: null, proposals: [], parties: [] }, $unset: { 'file.storeKey': '' } },
      { returnDocument: 'after', session },
    ).lean()
    if (!saved) throw new AppError('conflict', { message: 'This import has already become an agreement or been discarded' })
    await recordAuditEvent({
      actor,
      organisationId: String(agreementImport.authority),
      authorityId: String(agreementImport.authority),
      action: 'import.discarded',
      subject: { type: 'AgreementImport', id: String(agreementImport._id) },
      summary: `${actor.name} discarded the import of "${agreementImport.file.name}" (SHA-256 ${agreementImport.file.sha256})`,
      session,
    })
    return saved
  })
}
