import { accessibleBy } from '@casl/mongoose'
import mongoose from 'mongoose'
import { FileNotInStoreError } from '#app/file-store/file-store-interface'
import { getFileStore } from '#app/file-store/file-store.server'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { recordAuditEvent } from '#models/audit-event'
import { Evidence } from '#models/evidence'

export type TGetEvidenceDownloadOptions = { actor: TActor; evidenceId: string }

/** An evidence file the actor may read, streamed from the file store; anyone else gets "not found". */
export async function getEvidenceDownload({ actor, evidenceId }: TGetEvidenceDownloadOptions) {
  const notFound = new AppError('not_found', { message: 'Evidence not found' })
  if (!mongoose.isValidObjectId(evidenceId)) throw notFound
  const evidence = await Evidence.findOne({ $and: [{ _id: evidenceId }, accessibleBy(actor.ability, 'read').ofType('Evidence')] }).lean()
  if (!evidence) throw notFound
  if (!evidence.storeKey) throw new AppError('not_found', { message: 'The file of this evidence is still in the database and could not be moved into the file store; an administrator can run npm run migrate and read what it reports' })
  const file = await getFileStore()
    .open(evidence.storeKey)
    .catch((error: unknown) => {
      if (!(error instanceof FileNotInStoreError)) throw error
      console.error(`Evidence ${String(evidence._id)} names ${evidence.storeKey}, which is not in the file store`)
      throw new AppError('not_found', { message: 'The file of this evidence is missing from the file store; an administrator can restore it from a backup' })
    })
  await recordAuditEvent({
    actor,
    organisationId: String(evidence.organisation),
    authorityId: String(evidence.authority),
    action: 'evidence.downloaded',
    subject: { type: 'Evidence', id: String(evidence._id) },
    summary: `${actor.name} downloaded ${evidence.filename}`,
  })
  return { evidence, stream: file.stream }
}
