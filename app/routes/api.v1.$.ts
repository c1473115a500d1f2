import { type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { withApiErrors } from '#app/utils/api.server'
import { AppError } from '#app/utils/app-error'

// Unknown API paths answer in the API's JSON error shape rather than with the HTML 404 page.
function notFound(request: Request) {
  return withApiErrors(async () => {
    throw new AppError('not_found', { message: `No API endpoint ${request.method} ${new URL(request.url).pathname}` })
  })
}

export async function loader({ request }: LoaderFunctionArgs) {
  return notFound(request)
}

export async function action({ request }: ActionFunctionArgs) {
  return notFound(request)
}
