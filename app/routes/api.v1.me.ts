import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

export async function loader({ request }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    return json({
      id: actor.id,
      email: actor.email,
      name: actor.name,
      memberships: actor.memberships.map(({ organisationId, organisationName, organisationKind, authorityId, role }) => ({
        organisation: { id: organisationId, name: organisationName, kind: organisationKind },
        authority: authorityId,
        role,
      })),
    })
  })
}

export const action = methodNotAllowed('GET')
