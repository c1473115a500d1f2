import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { toAgreementJson } from '#app/services/agreements/to-agreement-json.server'
import { acceptImport } from '#app/services/imports/accept-import.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/**
 * POST `{title, parties?: [organisationId], inForce?: boolean, decisions?: {proposalId: "accepted" | "rejected"}}`:
 * makes the agreement (a draft, or active with the file as its signed record when `inForce`) and
 * answers 201 with it; proposals not accepted stay as the document's words.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const agreement = await acceptImport({ actor, importId: params.importId ?? '', input })
    return json(toAgreementJson(agreement, { withContent: true }), { status: 201, headers: { Location: `/api/v1/agreements/${String(agreement._id)}` } })
  })
}

export const loader = methodNotAllowed('POST')
