import { useRouteLoaderData } from '@remix-run/react'
import { type loader as rootLoader } from '#app/root'

/** The hidden field every form carries; actions refuse a post without the session's token. */
export function CsrfInput() {
  const data = useRouteLoaderData<typeof rootLoader>('root')
  return <input type="hidden" name="csrf" value={data?.csrf ?? ''} />
}
