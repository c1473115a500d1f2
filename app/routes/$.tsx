import { GeneralErrorBoundary } from '#app/components/error-boundary'

export async function loader() {
  throw new Response('If you typed the web address, check it is correct.', { status: 404 })
}

export default function NotFound() {
  return null
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
