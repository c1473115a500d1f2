import { errorHeading } from './error-boundary'
import { SiteFooter } from './layout'

export type TDownloadErrorPageProps = { productName: string; status: number; message: string; stylesheets: string[] }

/**
 * A whole HTML page for a download that failed, drawn outside Remix's router (a file download is a
 * resource route): the GOV.UK header and footer, what went wrong, and a way back.
 */
export function DownloadErrorPage({ productName, status, message, stylesheets }: TDownloadErrorPageProps) {
  const heading = errorHeading(status)
  return (
    <html lang="en-GB" className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <title>{`Error: ${heading} - ${productName}`}</title>
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <header className="govuk-header app-header">
          <div className="govuk-header__container govuk-width-container app-header__container">
            <div className="govuk-header__logo app-header__logo">
              <a href="/" className="govuk-header__link govuk-header__link--homepage app-header__product-name">
                {productName}
              </a>
            </div>
          </div>
        </header>
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <h1 className="govuk-heading-l">{heading}</h1>
                <p className="govuk-body">The file could not be downloaded. {message}</p>
                <p className="govuk-body">
                  <a className="govuk-link" href="/">
                    Go to the home page
                  </a>
                </p>
              </div>
            </div>
          </main>
        </div>
        <SiteFooter productName={productName} />
      </body>
    </html>
  )
}
