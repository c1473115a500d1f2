import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { checkCsrf, CSRF_FIELD } from '#app/utils/csrf.server'
import { readUpload } from '#app/utils/multipart-upload.server'
import { getSession } from '#app/utils/session.server'
import { authorityForImport } from './authority-for-import.server'
import { IMPORT_MAX_BYTES, receiveImportFile, type TReceivedImportFile } from './import-file.server'
import { runImport } from './run-import.server'
import { startImport } from './start-import.server'

export type TUploadImportRequestOptions = {
  actor: TActor
  request: Request
  /** The page's form carries a CSRF token; an API call carries a bearer token instead. */
  checkForm: boolean
  /** The API answers with what was read; the page shows progress while the reading goes on. */
  waitForReading: boolean
}

/**
 * Takes one agreement file from a multipart request (field `file`): the actor's right to import is
 * checked before a byte of the body is read, the file is checked as evidence is (type by its
 * bytes, 25 MB), kept, and read. Returns the import.
 */
export async function uploadImportRequest({ actor, request, checkForm, waitForReading }: TUploadImportRequestOptions) {
  await authorityForImport(actor)
  if (Number(request.headers.get('Content-Length') ?? 0) > IMPORT_MAX_BYTES + 64 * 1024) {
    throw new AppError('validation', { message: 'The file is larger than 25 MB', details: { fields: { file: 'The file is larger than 25 MB' } } })
  }
  // Streamed through the same busboy parser as evidence: one file, a file name with `"` or `;` read
  // as sent; the bytes are kept only once the import is recorded, so nothing needs undoing here.
  const { fields, file: received } = await readUpload<TReceivedImportFile>({
    request,
    maxFileBytes: IMPORT_MAX_BYTES,
    receiveFile: receiveImportFile,
    discardFile: async () => undefined,
  })
  if (checkForm) {
    const form = new FormData()
    form.set(CSRF_FIELD, fields.get(CSRF_FIELD) ?? '')
    checkCsrf(await getSession(request), form)
  }
  if (!received) throw new AppError('validation', { message: 'Choose a Word (.docx) or PDF file to import', details: { fields: { file: 'Choose a Word (.docx) or PDF file to import' } } })
  const started = await startImport({ actor, file: received, authority: fields.get('authority') })
  const reading = runImport({ importId: started._id, bytes: received.bytes })
  if (waitForReading) await reading
  // The page shows the reading's progress; a failure is recorded on the import, never thrown here.
  else void reading.catch((error: unknown) => console.error(error))
  return started
}
