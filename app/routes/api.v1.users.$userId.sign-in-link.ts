import { json, type ActionFunctionArgs } from '@remix-run/node'
import { reissueAdminSignInLink } from '#app/services/platform/reissue-admin-sign-in-link.server'
import { assertMethod, methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** The platform administrator replaces a lost first sign-in link of an authority's administrator who has not chosen a password. */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const actor = await requireApiUser(request)
    const { admin, link, emailed } = await reissueAdminSignInLink({ actor, userId: params.userId ?? '' })
    return json({ admin, signInLink: { url: link.url, expiresAt: link.expiresAt.toISOString(), emailed } }, { status: 201 })
  })
}

export const loader = methodNotAllowed('POST')
