import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { GeneralErrorBoundary } from './components/error-boundary'
import { DemoBanner, SiteFooter, SiteHeader, ServiceNavigation } from './components/layout'
import appStylesHref from './styles/app.css'
import { getUser } from './utils/auth.server'
import { getCsrfToken } from './utils/csrf.server'
import { isDemoInstall } from './utils/demo-install.server'
import { useNonce } from './utils/nonce'
import { ROLE_LABELS } from '#models/access/roles'
import { GOVUK_STYLES_HREF } from './utils/styles'

export const PRODUCT_NAME = 'SLA Register'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: GOVUK_STYLES_HREF },
  { rel: 'stylesheet', href: appStylesHref },
]

export const meta: MetaFunction = () => [{ title: PRODUCT_NAME }]

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, csrf, demo] = await Promise.all([getUser(request), getCsrfToken(request), isDemoInstall()])
  const membership = user?.memberships[0]
  const headers = csrf.setCookie ? { 'Set-Cookie': csrf.setCookie } : undefined
  return json(
    {
      csrf: csrf.token,
      demo,
      user: user
        ? {
            name: user.name,
            email: user.email,
            organisationName: membership?.organisationName ?? '',
            roleLabel: membership ? ROLE_LABELS[membership.role] : user.isPlatformAdmin ? 'Platform administrator' : '',
          }
        : null,
      abilityUser: user ? { id: user.id, isPlatformAdmin: user.isPlatformAdmin, memberships: user.memberships } : null,
    },
    { headers },
  )
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce()
  const data = useRouteLoaderData<typeof loader>('root')
  return (
    <html lang="en-GB" className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <Meta />
        <Links />
      </head>
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <SiteHeader productName={PRODUCT_NAME} user={data?.user ?? null} />
        {data?.demo ? <DemoBanner /> : null}
        <ServiceNavigation abilityUser={data?.abilityUser ?? null} />
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <SiteFooter productName={PRODUCT_NAME} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
