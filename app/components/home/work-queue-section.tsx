import { Link } from '@remix-run/react'

type TWorkQueueView = {
  key: string
  heading: string
  count: number
  empty: string
  items: Array<{ href: string; title: string; reason: string; when: string }>
  more: { count: number; href: string } | null
}

/** One queue of a home page: its heading with the exact count, each item a link with why it is there and its date, and a link to the rest. */
export function WorkQueueSection({ queue }: { queue: TWorkQueueView }) {
  const headingId = `${queue.key}-heading`
  return (
    <section className="govuk-!-margin-bottom-7" id={queue.key} aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        {`${queue.heading}: ${queue.count}`}
      </h2>
      {queue.count === 0 ? (
        <p className="govuk-body">{queue.empty}</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {queue.items.map((item) => (
            <li key={`${item.href}-${item.title}-${item.when}`}>
              <Link className="govuk-link govuk-!-font-weight-bold" to={item.href}>
                {item.title}
              </Link>
              <br />
              {item.reason}
              {item.when ? (
                <>
                  <br />
                  <span className="govuk-hint govuk-!-margin-bottom-0">{item.when}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {queue.more ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={queue.more.href}>
            {queue.more.count} more<span className="govuk-visually-hidden">: {queue.heading.toLowerCase()}</span>
          </Link>
        </p>
      ) : null}
    </section>
  )
}
