import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { createAuthority } from '#app/services/platform/create-authority.server'
import { listAuthorities } from '#app/services/platform/list-authorities.server'
import { assertMethod, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** The platform administrator's list: each authority with its administrators and whether each has chosen a password. */
export async function loader({ request }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    return json(await listAuthorities({ actor }))
  })
}

/** `{name, admin: {name, email}}`: the authority and its first administrator, with their one-time sign-in link (shown once). */
export async function action({ request }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['GET', 'POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const { authority, admin, link, emailed } = await createAuthority({ actor, input })
    return json(
      {
        authority: { id: String(authority._id), name: authority.name },
        admin: { id: String(admin._id), name: admin.name, email: admin.email },
        signInLink: { url: link.url, expiresAt: link.expiresAt.toISOString(), emailed },
      },
      { status: 201 },
    )
  })
}
