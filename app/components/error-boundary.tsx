import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react'

const HEADINGS: Record<number, string> = {
  400: 'There is a problem with the request',
  401: 'You need to sign in',
  403: 'You do not have permission to see this page',
  404: 'Page not found',
  413: 'What you sent is too large',
  415: 'This form was sent in a way the service does not accept',
  429: 'Too many attempts',
}

type TErrorLink = { href: string; label: string }

/** Where the error page sends the person instead of the home page, when the error names a better place. */
function linkFrom(data: unknown): TErrorLink {
  if (data && typeof data === 'object' && 'link' in data) {
    const link = data.link as Partial<TErrorLink>
    if (typeof link.href === 'string' && link.href.startsWith('/') && typeof link.label === 'string') return { href: link.href, label: link.label }
  }
  return { href: '/', label: 'Go to the home page' }
}

function messageFrom(data: unknown) {
  if (typeof data === 'string') return data
  if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') return data.message
  return undefined
}

/** The one error page every route's ErrorBoundary shows, worded for people rather than developers. */
export function GeneralErrorBoundary() {
  const error = useRouteError()
  if (isRouteErrorResponse(error)) {
    const heading = HEADINGS[error.status] ?? 'Sorry, there is a problem with the service'
    const link = linkFrom(error.data)
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body">{messageFrom(error.data) ?? 'Check the address and try again.'}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={link.href}>
              {link.label}
            </Link>
          </p>
        </div>
      </div>
    )
  }
  console.error(error)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later. Nothing you entered has been saved.</p>
      </div>
    </div>
  )
}
