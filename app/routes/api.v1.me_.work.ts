import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { getWorkQueue } from '#app/services/home/get-work-queue.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** What waits for the token's user, queue by queue, as their home page shows it. */
export async function loader({ request }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const all = new URL(request.url).searchParams.get('all') ?? undefined
    return json(await getWorkQueue({ actor, all }))
  })
}

export const action = methodNotAllowed('GET')
