import { Link } from '@remix-run/react'

/** A page about one agreement: back to it, its reference as the caption, the page's heading. */
export function AgreementSubpage({ agreement, title, children }: { agreement: { id: string; reference: string }; title: string; children: React.ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/agreements/${agreement.id}`} className="govuk-back-link">
          Back to {agreement.reference}
        </Link>
        <span className="govuk-caption-l">{agreement.reference}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  )
}
