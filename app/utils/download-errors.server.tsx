import { renderToStaticMarkup } from 'react-dom/server'
import { DownloadErrorPage } from '#app/components/download-error-page'
import { PRODUCT_NAME } from '#app/root'
import appStylesHref from '#app/styles/app.css'
import { isAppError } from './app-error'
import { asErrorResponse } from './route-errors.server'
import { GOVUK_STYLES_HREF } from './styles'

/** A caller that asks for JSON and not HTML (a script) keeps the JSON error; the API has its own routes. */
function wantsJson(request: Request) {
  const accept = request.headers.get('accept') ?? ''
  return accept.includes('application/json') && !accept.includes('text/html')
}

/**
 * For the browser's download links (document.pdf, document.docx, evidence, the PDF to sign): a refused
 * or failed download answers an HTML error page with its status, not the raw JSON a browser would
 * show as text. Redirects (to sign in) pass through.
 */
export async function withDownloadErrors(request: Request, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    if (!isAppError(error) || wantsJson(request)) throw asErrorResponse(error)
    const page = renderToStaticMarkup(<DownloadErrorPage productName={PRODUCT_NAME} status={error.status} message={error.message} stylesheets={[GOVUK_STYLES_HREF, appStylesHref]} />)
    return new Response(`<!DOCTYPE html>${page}`, { status: error.status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' } })
  }
}
