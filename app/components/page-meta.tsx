import { Meta, UNSAFE_RemixContext as RemixContext, type UNSAFE_RouteModules as TRouteModules } from '@remix-run/react'
import { useContext, useMemo } from 'react'
import { UNSAFE_DataRouterStateContext as DataRouterStateContext } from 'react-router-dom'

type TRouteData = Record<string, unknown> | null | undefined

/** A form the server refused comes back with its messages as `fieldErrors`; a GET form's loader returns them the same way. */
function hasFieldErrors(data: unknown) {
  if (!data || typeof data !== 'object' || !('fieldErrors' in data)) return false
  const { fieldErrors } = data as { fieldErrors?: unknown }
  return Boolean(fieldErrors && typeof fieldErrors === 'object' && Object.keys(fieldErrors).length > 0)
}

function isRefused(actionData: TRouteData, loaderData: TRouteData) {
  return [...Object.values(actionData ?? {}), ...Object.values(loaderData ?? {})].some(hasFieldErrors)
}

/** Every route's meta with "Error: " before its title. */
function withErrorTitles(routeModules: TRouteModules): TRouteModules {
  return Object.fromEntries(
    Object.entries(routeModules).map(([id, module]) => {
      const { meta } = module ?? {}
      if (typeof meta !== 'function') return [id, module]
      const prefixed: typeof meta = (args) => (meta(args) ?? []).map((descriptor) => ('title' in descriptor ? { ...descriptor, title: `Error: ${String(descriptor.title)}` } : descriptor))
      return [id, { ...module, meta: prefixed }]
    }),
  )
}

/**
 * Remix's <Meta />, but after a form is refused the page title starts "Error: ", as the GOV.UK
 * error summary pattern asks, so a screen reader user hears it first. Remix gives meta functions
 * loader data only, so the refusal is read from the router's state here, on the server (a form
 * posted without JavaScript) and in the browser alike.
 */
export function PageMeta() {
  const remix = useContext(RemixContext)
  const routerState = useContext(DataRouterStateContext)
  const refused = isRefused(routerState?.actionData as TRouteData, routerState?.loaderData as TRouteData)
  const errorContext = useMemo(() => (remix && refused ? { ...remix, routeModules: withErrorTitles(remix.routeModules) } : remix), [refused, remix])
  if (!refused || !errorContext) return <Meta />
  return (
    <RemixContext.Provider value={errorContext}>
      <Meta />
    </RemixContext.Provider>
  )
}
