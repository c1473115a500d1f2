import { json, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { setUserActive } from '#app/services/set-user-active.server'
import { assertMethod, methodNotAllowed, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

const ZUserAccessBody = z.object({ active: z.boolean({ error: 'Send {"active": false} to deactivate the person or {"active": true} to let them back in' }) })

/**
 * `PATCH {"active": false}`: an authority administrator deactivates someone who has left (signed out
 * everywhere, no sign-in, tokens and calendar feeds stop); `{"active": true}` lets them back in.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['PATCH'])
    const actor = await requireApiUser(request)
    const { active } = await readJsonBody(request, ZUserAccessBody)
    const user = await setUserActive({ actor, userId: params.userId ?? '', active })
    return json({ id: String(user._id), name: user.name, email: user.email, active: !user.deactivatedAt, deactivatedAt: user.deactivatedAt ? new Date(user.deactivatedAt).toISOString() : null })
  })
}

export const loader = methodNotAllowed('PATCH')
