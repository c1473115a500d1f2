import { Link } from '@remix-run/react'

/**
 * GOV.UK pagination with previous and next links only: a long list is read a page at a time
 * without counting every match. `hrefFor` builds a page's link, keeping the current filters.
 */
export function Pagination({ page, hasNext, hrefFor }: { page: number; hasNext: boolean; hrefFor: (page: number) => string }) {
  if (page <= 1 && !hasNext) return null
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages">
      {page > 1 ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page - 1)} rel="prev">
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">Page {page - 1}</span>
          </Link>
        </div>
      ) : null}
      {hasNext ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">Page {page + 1}</span>
          </Link>
        </div>
      ) : null}
    </nav>
  )
}

/** The furthest page a list is read to: 10,000 pages of 100 is a million rows, and a larger number
 * (`page=1e300`) would only make the database skip past everything, or fail. */
export const MAX_PAGE = 10_000

/** The page number in a `page` search parameter: a whole number from 1 to MAX_PAGE, else 1. */
export function pageFrom(searchParams: URLSearchParams): number {
  const page = Number(searchParams.get('page'))
  return Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1
}
