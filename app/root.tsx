import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Links, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { GeneralErrorBoundary } from './components/error-boundary'
import { DemoBanner, SiteFooter, SiteHeader, ServiceNavigation } from './components/layout'
import { PageMeta } from './components/page-meta'
import { SuccessBanner } from './components/forms'
import appStylesHref from './styles/app.css'
import { getUser } from './utils/auth.server'
import { takeBanner } from './utils/banner.server'
import { ensureCsrfToken } from './utils/csrf.server'
import { isDemoInstall } from './utils/demo-install.server'
import { commitSession, getSession } from './utils/session.server'
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
  const [user, session, demo] = await Promise.all([getUser(request), getSession(request), isDemoInstall()])
  const membership = user?.memberships[0]
  const banner = takeBanner(session)
  const csrf = ensureCsrfToken(session)
  // One cookie for both: the banner read (flash messages go once read) and a new CSRF token.
  const headers = banner || csrf.added ? { 'Set-Cookie': await commitSession(session) } : undefined
  return json(
    {
      csrf: csrf.token,
      banner,
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
        <PageMeta />
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
            {data?.banner ? <SuccessBanner>{data.banner}</SuccessBanner> : null}
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
