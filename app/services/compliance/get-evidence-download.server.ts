import { accessibleBy } from '@casl/mongoose'
import mongoose from 'mongoose'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { recordAuditEvent } from '#models/audit-event'
import { Evidence } from '#models/evidence'
import { evidenceBucket } from './store-evidence-file.server'

export type TGetEvidenceDownloadOptions = { actor: TActor; evidenceId: string }

/** An evidence file the actor may read, as a stream; anyone else gets "not found". */
export async function getEvidenceDownload({ actor, evidenceId }: TGetEvidenceDownloadOptions) {
  const notFound = new AppError('not_found', { message: 'Evidence not found' })
  if (!mongoose.isValidObjectId(evidenceId)) throw notFound
  const evidence = await Evidence.findOne({ $and: [{ _id: evidenceId }, accessibleBy(actor.ability, 'read').ofType('Evidence')] }).lean()
  if (!evidence || !mongoose.connection.db) throw notFound
  await recordAuditEvent({
    actor,
    organisationId: String(evidence.organisation),
    authorityId: String(evidence.authority),
    action: 'evidence.downloaded',
    subject: { type: 'Evidence', id: String(evidence._id) },
    summary: `${actor.name} downloaded ${evidence.filename}`,
  })
  return { evidence, stream: evidenceBucket(mongoose.connection.db).openDownloadStream(evidence.fileId) }
}
