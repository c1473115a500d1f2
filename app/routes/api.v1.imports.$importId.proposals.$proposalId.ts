import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { decideProposal } from '#app/services/imports/decide-proposal.server'
import { toImportJson } from '#app/services/imports/to-import-json.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** PATCH `{decision: "accepted" | "rejected" | "pending", params?}`: 200 with the proposal, or 400 naming each bad value (`params.noticePeriod.amount`). */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['PATCH'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const saved = await decideProposal({ actor, importId: params.importId ?? '', proposalId: params.proposalId ?? '', input })
    const proposal = toImportJson(saved, { withDocument: false }).proposals.find((candidate) => candidate.id === params.proposalId)
    return json(proposal)
  })
}

export const loader = methodNotAllowed('PATCH')
