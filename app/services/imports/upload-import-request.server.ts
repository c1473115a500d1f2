import {
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from '@remix-run/node'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { checkCsrf } from '#app/utils/csrf.server'
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
  let received: TReceivedImportFile | undefined
  let fileParts = 0
  const formData = await parseMultipartFormData(
    request,
    composeUploadHandlers(async ({ name, filename, data }) => {
      if (name !== 'file' || filename === undefined || filename === '') return undefined
      fileParts += 1
      if (fileParts > 1) throw new AppError('validation', { message: 'Send one file at a time', details: { fields: { file: 'Send one file at a time' } } })
      received = await receiveImportFile({ filename, data })
      return filename
    }, createMemoryUploadHandler({ maxPartSize: 16 * 1024 })),
  )
  if (checkForm) checkCsrf(await getSession(request), formData)
  if (!received) throw new AppError('validation', { message: 'Choose a Word (.docx) or PDF file to import', details: { fields: { file: 'Choose a Word (.docx) or PDF file to import' } } })
  const authority = formData.get('authority')
  const started = await startImport({ actor, file: received, authority: typeof authority === 'string' ? authority : undefined })
  const reading = runImport({ importId: started._id, bytes: received.bytes })
  if (waitForReading) await reading
  // The page shows the reading's progress; a failure is recorded on the import, never thrown here.
  else void reading.catch((error: unknown) => console.error(error))
  return started
}
