import { json, type ActionFunctionArgs } from '@remix-run/node'
import { uploadEvidenceRequest } from '#app/services/compliance/upload-evidence-request.server'
import { isAppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'

/**
 * The evidence upload as the page's script sends it (XMLHttpRequest, for the progress bar): the same
 * upload as the page's plain form, answered in JSON, since a page route answers a form post with HTML.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  try {
    return json(await uploadEvidenceRequest({ actor, obligationId: params.obligationId ?? '', request }))
  } catch (error) {
    if (!isAppError(error)) throw error
    return json({ formError: error.message, fieldErrors: error.fieldErrors }, { status: error.status })
  }
}
