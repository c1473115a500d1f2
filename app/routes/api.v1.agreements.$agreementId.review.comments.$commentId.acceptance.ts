import { json, type ActionFunctionArgs } from '@remix-run/node'
import { acceptReviewComment } from '#app/services/agreements/accept-review-comment.server'
import { reviewCommentsOf } from '#app/services/agreements/get-agreement-review.server'
import { assertMethod, methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** POST -> `{comment}`: legal accepts a review comment as dealt with (while the agreement is in legal review). */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const commentId = params.commentId ?? ''
    const updated = await acceptReviewComment({ actor, agreementId: params.agreementId ?? '', commentId })
    return json({ comment: reviewCommentsOf(updated).find((comment) => comment.id === commentId) })
  })
}

export const loader = methodNotAllowed('POST')
