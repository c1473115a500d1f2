import { z } from 'zod'
import { stateAfterSubmission, stateChangeWords } from '#clauses/obligations/status'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { asSubject } from '#models/access/subjects'
import { getFileStore } from '#app/file-store/file-store.server'
import { discardSpool } from '#app/file-store/spool.server'
import { EvidenceRejection } from '#app/utils/file-sniffing.server'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { Evidence } from '#models/evidence'
import { Obligation, type TObligation } from '#models/obligation'
import { refreshComplianceSummary } from './refresh-compliance-summary.server'
import { checkEvidenceFile, type TCheckedEvidenceFile } from './store-evidence-file.server'
import { getObligation } from './get-obligation.server'

export const ZEvidenceDescriptionSchema = z.object({
  description: z.string().trim().min(1, 'Describe what the file shows').max(1000, 'Keep the description under 1,000 characters'),
})

/** Through the API the description is the optional `note`. */
export const ZEvidenceNoteSchema = z.object({
  note: z.string().trim().max(1000, 'Keep the note under 1,000 characters').default(''),
})

export type TAuthoriseEvidenceUploadOptions = {
  actor: TActor
  obligationId: string
}

/** Checked before a byte is read: the actor may upload for this obligation, and it can take a submission now. */
export async function authoriseEvidenceUpload({ actor, obligationId }: TAuthoriseEvidenceUploadOptions) {
  const obligation = await getObligation({ actor, obligationId })
  assertCan(actor, 'create', asSubject('Evidence', { _id: '', authority: obligation.authority, organisation: obligation.organisation }))
  if (!stateAfterSubmission(obligation.state)) {
    throw new AppError('conflict', { message: 'This obligation has been accepted; no more evidence can be added' })
  }
  return obligation
}

export type TReceiveEvidenceFileOptions = {
  filename: string
  data: AsyncIterable<Uint8Array>
}

/** Spools and checks the file; a refused file becomes a validation error on the file field. */
export async function receiveEvidenceFile({ filename, data }: TReceiveEvidenceFileOptions) {
  try {
    return await checkEvidenceFile({ filename, data })
  } catch (error) {
    if (error instanceof EvidenceRejection) {
      throw new AppError('validation', { message: error.message, details: { fields: { file: error.message }, reason: error.reason } })
    }
    throw error
  }
}

export type TRecordEvidenceOptions = {
  actor: TActor
  obligation: TObligation
  file: TCheckedEvidenceFile | undefined
  /** The page's form (`description`, required) or the API's (`note`, optional). */
  input: { description: unknown } | { note: unknown }
}

function descriptionOf(input: TRecordEvidenceOptions['input']) {
  if ('note' in input) return parseWith(ZEvidenceNoteSchema, input).note
  return parseWith(ZEvidenceDescriptionSchema, input).description
}

/**
 * Keeps a checked file in the file store and records it as evidence, submitting the obligation: the
 * bytes first, then the evidence, the obligation and the audit event in one transaction, so no record
 * ever names bytes that are not stored. Bytes kept for a record that then fails are left to the file
 * store's sweep. Only the state read before the file was streamed may change, so a review made while
 * a large file was uploading is not undone by it.
 */
export async function recordEvidence({ actor, obligation, file, input }: TRecordEvidenceOptions) {
  let description: string
  let nextState: TObligation['state']
  try {
    if (!file) throw new AppError('validation', { message: 'Choose a file to upload', details: { fields: { file: 'Choose a file to upload' } } })
    description = descriptionOf(input)
    const next = stateAfterSubmission(obligation.state)
    if (!next) throw new AppError('conflict', { message: 'This obligation has been accepted; no more evidence can be added' })
    nextState = next
  } catch (error) {
    if (file) await discardSpool(file.spooled)
    throw error
  }
  const stored = await getFileStore().keep(file.spooled)
  return inTransaction(async (session) => {
    const [evidence] = await Evidence.create(
      [
        {
          obligation: obligation._id,
          series: obligation.series,
          authority: obligation.authority,
          organisation: obligation.organisation,
          storeKey: stored.key,
          filename: file.filename,
          size: file.size,
          sha256: file.sha256,
          contentType: file.contentType,
          description,
          uploadedBy: actor.id,
          uploadedByName: actor.name,
        },
      ],
      { session },
    )
    const submitted = await Obligation.updateOne({ _id: obligation._id, state: obligation.state }, { $set: { state: nextState, submittedAt: new Date() } }, { session })
    if (submitted.matchedCount === 0) {
      throw new AppError('conflict', { message: 'This obligation changed while the file was uploading (it may just have been reviewed); reload the page to see it' })
    }
    await refreshComplianceSummary(obligation.series, session)
    await recordAuditEvent({
      actor,
      organisationId: String(obligation.organisation),
      authorityId: String(obligation.authority),
      action: 'evidence.uploaded',
      subject: { type: 'Obligation', id: String(obligation._id) },
      summary: `${actor.name} uploaded ${file.filename} (${file.size} bytes, SHA-256 ${file.sha256}) for ${obligation.title}; ${stateChangeWords(obligation.state, nextState)}`,
      session,
    })
    return evidence.toObject()
  })
}

