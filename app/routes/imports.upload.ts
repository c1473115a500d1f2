import { json, type ActionFunctionArgs } from '@remix-run/node'
import { uploadImportRequest } from '#app/services/imports/upload-import-request.server'
import { isAppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'

/** The upload as the page's script sends it (for its progress bar), answered in JSON. */
export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  try {
    const started = await uploadImportRequest({ actor, request, checkForm: true, waitForReading: false })
    return json({ redirectTo: `/imports/${String(started._id)}` })
  } catch (error) {
    if (!isAppError(error)) throw error
    return json({ formError: error.message, fieldErrors: error.fieldErrors }, { status: error.status })
  }
}
