import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { moveAgreementSection } from '#app/services/agreements/move-agreement-section.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST `{position}` among all sections (0 is first) or `{direction: "up" | "down"}`: 200 with the agreement. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const agreement = await moveAgreementSection({ actor, agreementId: params.agreementId ?? '', sectionId: params.sectionId ?? '', input })
    return json(toAgreementJson(agreement, { withContent: true }))
  })
}

export const loader = methodNotAllowed('POST')
