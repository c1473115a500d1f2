import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { createAgreement } from '#app/services/agreements/create-agreement.server'
import { listAgreements } from '#app/services/agreements/list-agreements.server'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { assertNotPlatformAdmin } from '#app/services/platform/platform-admin-scope.server'
import { assertMethod, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'
import { type TAgreement } from '#models/agreement'

export async function loader({ request }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    assertNotPlatformAdmin(actor, 'agreements')
    const url = new URL(request.url)
    const agreements = await listAgreements({ actor, template: url.searchParams.get('template') ?? undefined, status: url.searchParams.get('status') ?? undefined })
    return json(agreements.map((agreement) => toAgreementJson(agreement as TAgreement, { withContent: false })))
  })
}

export async function action({ request }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['GET', 'POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const agreement = await createAgreement({ actor, input })
    return json(toAgreementJson(agreement, { withContent: true }), { status: 201, headers: { Location: `/api/v1/agreements/${String(agreement._id)}` } })
  })
}
