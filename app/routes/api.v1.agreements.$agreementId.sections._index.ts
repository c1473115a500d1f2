import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { addAgreementSection } from '#app/services/agreements/add-agreement-section.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST `{heading, kind?: "section" | "schedule" | "appendix", position?, number?}`: 201 with the new section and the agreement. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const agreementId = params.agreementId ?? ''
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const { agreement, sectionId } = await addAgreementSection({ actor, agreementId, input })
    const section = agreement.content.sections.find((candidate) => candidate.id === sectionId)
    const location = `/api/v1/agreements/${agreementId}/sections/${encodeURIComponent(sectionId)}`
    return json({ section, agreement: toAgreementJson(agreement, { withContent: true }) }, { status: 201, headers: { Location: location } })
  })
}

export const loader = methodNotAllowed('POST')
