import type { TUnusableSigningLink } from '#app/services/signing/find-signing-link.server'
import { formatDateTime } from '#app/utils/dates'

const HEADINGS: Record<TUnusableSigningLink['reason'], string> = {
  signed: 'This agreement has already been signed through this link',
  declined: 'Signing was declined through this link',
  expired: 'This signing link has expired',
  closed: 'This agreement is no longer waiting for your signature',
}

function whatHappened({ reason, on }: Pick<TUnusableSigningLink, 'reason' | 'on'>) {
  const when = on ? ` on ${formatDateTime(on)}` : ''
  if (reason === 'signed') return `The signature was recorded${when}. A signing link works once, so it cannot be used again. Nothing more is needed from you.`
  if (reason === 'declined') return `Signing was declined${when}, and the agreement went back to the commissioner. A signing link works once.`
  if (reason === 'expired') return `The link stopped working${when}. Signing links last a limited time so that an old email cannot be used to sign.`
  return 'Signing has finished or been withdrawn since the link was sent, so there is nothing to sign through it.'
}

/** The page a signing link shows once it can no longer be used (410): what happened, and whom to ask. */
export function UnusableSigningLink({ link }: { link: TUnusableSigningLink }) {
  const { contact } = link
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{[link.reference, link.title].filter(Boolean).join(' ')}</span>
        <h1 className="govuk-heading-l">{HEADINGS[link.reason]}</h1>
        <p className="govuk-body">{whatHappened(link)}</p>
        <h2 className="govuk-heading-m">If you need to sign or have a question</h2>
        <p className="govuk-body">
          Contact {contact.sentBy ? `${contact.sentBy} at ` : ''}
          {contact.authority || 'the commissioning authority'}
          {contact.email ? (
            <>
              {' '}
              by email at{' '}
              <a className="govuk-link" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            </>
          ) : null}
          , who sent the agreement for signature. They can send you a new link if one is needed.
        </p>
      </div>
    </div>
  )
}
