import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { deleteAgreementSection } from '#app/services/agreements/delete-agreement-section.server'
import { renameAgreementSection } from '#app/services/agreements/rename-agreement-section.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** PATCH `{heading}`: 200 with the agreement. DELETE: the section and its clauses, 200 with the agreement and how to undo it. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['PATCH', 'DELETE'])
    const actor = await requireApiUser(request)
    const agreementId = params.agreementId ?? ''
    const sectionId = params.sectionId ?? ''
    if (request.method === 'DELETE') {
      const agreement = await deleteAgreementSection({ actor, agreementId, sectionId })
      const restore = `/api/v1/agreements/${agreementId}/sections/${encodeURIComponent(sectionId)}/restore`
      return json({ deleted: { kind: 'section', id: sectionId, restore }, agreement: toAgreementJson(agreement, { withContent: true }) })
    }
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const agreement = await renameAgreementSection({ actor, agreementId, sectionId, input })
    return json(toAgreementJson(agreement, { withContent: true }))
  })
}

export const loader = methodNotAllowed('PATCH', 'DELETE')
