import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { reviewCommentsOf } from '#app/services/agreements/get-agreement-review.server'
import { resolveReviewComment } from '#app/services/agreements/resolve-review-comment.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST `{note?}` -> `{comment}`: the drafter marks a review comment as resolved, saying what they changed (a draft only). */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const commentId = params.commentId ?? ''
    const updated = await resolveReviewComment({ actor, agreementId: params.agreementId ?? '', commentId, input })
    return json({ comment: reviewCommentsOf(updated).find((comment) => comment.id === commentId) })
  })
}

export const loader = methodNotAllowed('POST')
