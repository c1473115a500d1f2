import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { listTemplates } from '#app/services/agreements/list-templates.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

export async function loader({ request }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    await requireApiUser(request)
    return json(listTemplates())
  })
}

export const action = methodNotAllowed('GET')
