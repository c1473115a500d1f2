import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { getImport } from '#app/services/imports/get-import.server'
import { listImports } from '#app/services/imports/list-imports.server'
import { toImportJson, toImportSummaryJson } from '#app/services/imports/to-import-json.server'
import { AppError } from '#app/utils/app-error'
import { uploadImportRequest } from '#app/services/imports/upload-import-request.server'
import { assertMethod, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** GET: the imports the token's user may read, newest first, without what was read from them. */
export async function loader({ request }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const imports = await listImports({ actor })
    return json(imports.map(toImportSummaryJson))
  })
}

/**
 * POST multipart/form-data with one `file` part (a .docx or a text PDF, up to 25 MB; optional
 * `authority`): the file is checked, kept and read, and the answer is 201 with the import and its
 * proposals, each with the sentence it came from and a confidence; or 400 naming the reason a file
 * cannot be imported (a scan, a password, not a Word or PDF file).
 */
export async function action({ request }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['GET', 'POST'])
    const actor = await requireApiUser(request)
    const started = await uploadImportRequest({ actor, request, checkForm: false, waitForReading: true })
    const read = await getImport({ actor, importId: String(started._id) })
    // A file that cannot be imported is refused as a bad file, naming why; the attempt stays on record.
    if (read.failure) {
      throw new AppError('validation', { message: read.failure.message, details: { fields: { file: read.failure.message }, reason: read.failure.reason, import: String(read._id) } })
    }
    return json(toImportJson(read, { withDocument: false }), { status: 201, headers: { Location: `/api/v1/imports/${String(read._id)}` } })
  })
}
