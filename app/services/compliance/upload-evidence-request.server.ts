import {
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from '@remix-run/node'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { checkCsrf } from '#app/utils/csrf.server'
import { EVIDENCE_MAX_BYTES } from '#app/utils/file-sniffing.server'
import { getSession } from '#app/utils/session.server'
import { discardEvidenceFile, type TStoredEvidenceFile } from './store-evidence-file.server'
import { authoriseEvidenceUpload, receiveEvidenceFile, recordEvidence } from './upload-evidence.server'

export type TUploadEvidenceRequestOptions = { actor: TActor; obligationId: string; request: Request }

/**
 * Takes an evidence upload from a multipart request (the plain form, or the page's script with its
 * progress bar): authorised before a byte of the body is read, the file streamed into GridFS, and
 * removed again if anything after fails. Returns where to show the result.
 */
export async function uploadEvidenceRequest({ actor, obligationId, request }: TUploadEvidenceRequestOptions) {
  let stored: TStoredEvidenceFile | undefined
  try {
    const obligation = await authoriseEvidenceUpload({ actor, obligationId })
    // A body too large to be one allowed file is refused unread.
    if (Number(request.headers.get('Content-Length') ?? 0) > EVIDENCE_MAX_BYTES + 64 * 1024) {
      throw new AppError('validation', { message: 'The file is larger than 25 MB', details: { fields: { file: 'The file is larger than 25 MB' } } })
    }
    const formData = await parseMultipartFormData(
      request,
      composeUploadHandlers(async ({ name, filename, data }) => {
        if (name !== 'file' || filename === undefined || filename === '') return undefined
        stored = await receiveEvidenceFile({ obligation, filename, data })
        return String(stored.fileId)
      }, createMemoryUploadHandler({ maxPartSize: 16 * 1024 })),
    )
    checkCsrf(await getSession(request), formData)
    const file = stored
    stored = undefined
    await recordEvidence({ actor, obligation, file, input: { description: formData.get('description') ?? '' } })
    return { redirectTo: `/compliance/obligations/${obligationId}?uploaded=1` }
  } catch (error) {
    if (stored) await discardEvidenceFile(stored.fileId)
    throw error
  }
}
