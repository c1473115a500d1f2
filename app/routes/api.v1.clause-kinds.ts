import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { listClauseKinds } from '#app/services/agreements/list-clause-kinds.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** GET: `[{kind, label, description, paramsSchema}]`, paramsSchema a JSON Schema (2020-12). */
export async function loader({ request }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    await requireApiUser(request)
    return json(listClauseKinds())
  })
}

export const action = methodNotAllowed('GET')
