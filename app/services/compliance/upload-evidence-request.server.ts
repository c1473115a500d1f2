import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { checkCsrf, CSRF_FIELD } from '#app/utils/csrf.server'
import { discardSpool } from '#app/file-store/spool.server'
import { EVIDENCE_MAX_BYTES } from '#app/utils/file-sniffing.server'
import { readUpload } from '#app/utils/multipart-upload.server'
import { getSession } from '#app/utils/session.server'
import { type TCheckedEvidenceFile } from './store-evidence-file.server'
import { authoriseEvidenceUpload, receiveEvidenceFile, recordEvidence } from './upload-evidence.server'

export type TUploadEvidenceRequestOptions = { actor: TActor; obligationId: string; request: Request }

const TOO_LARGE = 'The file is larger than 25 MB'

/**
 * Authorised before a byte of the body is read; a body too large to be one allowed file is refused
 * unread; then the one `file` part is spooled and checked as it arrives.
 */
async function receiveUpload({ actor, obligationId, request }: TUploadEvidenceRequestOptions) {
  const obligation = await authoriseEvidenceUpload({ actor, obligationId })
  if (Number(request.headers.get('Content-Length') ?? 0) > EVIDENCE_MAX_BYTES + 64 * 1024) {
    throw new AppError('validation', { message: TOO_LARGE, details: { fields: { file: TOO_LARGE }, reason: 'too_large' } })
  }
  const upload = await readUpload<TCheckedEvidenceFile>({
    request,
    maxFileBytes: EVIDENCE_MAX_BYTES,
    receiveFile: ({ filename, data }) => receiveEvidenceFile({ filename, data }),
    discardFile: (file) => discardSpool(file.spooled),
  })
  return { obligation, ...upload }
}

/**
 * An evidence upload from the obligation page (the plain form, or the page's script with its
 * progress bar): the CSRF token is checked before the file is kept. Returns where to show the result.
 */
export async function uploadEvidenceRequest(options: TUploadEvidenceRequestOptions) {
  const { obligation, fields, file } = await receiveUpload(options)
  try {
    const form = new FormData()
    form.set(CSRF_FIELD, fields.get(CSRF_FIELD) ?? '')
    checkCsrf(await getSession(options.request), form)
  } catch (error) {
    if (file) await discardSpool(file.spooled)
    throw error
  }
  await recordEvidence({ actor: options.actor, obligation, file, input: { description: fields.get('description') ?? '' } })
  return { redirectTo: `/compliance/obligations/${options.obligationId}?uploaded=1` }
}

/** `POST /api/v1/obligations/:obligationId/evidence`: multipart, `file` and an optional `note`. */
export async function uploadEvidenceThroughApi(options: TUploadEvidenceRequestOptions) {
  const { obligation, fields, file } = await receiveUpload(options)
  const evidence = await recordEvidence({ actor: options.actor, obligation, file, input: { note: fields.get('note') } })
  return { id: String(evidence._id), name: evidence.filename, size: evidence.size, sha256: evidence.sha256, contentType: evidence.contentType, note: evidence.description, uploadedAt: evidence.uploadedAt.toISOString() }
}
