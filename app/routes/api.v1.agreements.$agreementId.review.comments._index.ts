import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { addReviewComment } from '#app/services/agreements/add-review-comment.server'
import { reviewCommentsOf } from '#app/services/agreements/get-agreement-review.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST `{clauseId, text}` -> 201 `{comment}`: legal's comment on one clause, while the agreement is in legal review. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const updated = await addReviewComment({ actor, agreementId: params.agreementId ?? '', input })
    return json({ comment: reviewCommentsOf(updated).at(-1) }, { status: 201 })
  })
}

export const loader = methodNotAllowed('POST')
