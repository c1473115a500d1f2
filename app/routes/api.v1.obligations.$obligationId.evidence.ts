import { json, type ActionFunctionArgs } from '@remix-run/node'
import { uploadEvidenceThroughApi } from '#app/services/compliance/upload-evidence-request.server'
import { assertMethod, methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/**
 * POST multipart/form-data with one `file` (at most 25 MB) and an optional `note` -> 201
 * `{id, name, size, sha256, contentType, note, uploadedAt}`: the same checks, limits, permissions and
 * audit as the obligation page's upload.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    return json(await uploadEvidenceThroughApi({ actor, obligationId: params.obligationId ?? '', request }), { status: 201 })
  })
}

export const loader = methodNotAllowed('POST')
