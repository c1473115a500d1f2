import { formatDateTime } from '#app/utils/dates'

/** A one-time sign-in link, shown once: copied now or (with email set up) already sent. */
export function SignInLinkPanel({ heading, name, email, url, expiresAt, emailed }: { heading: string; name: string; email: string; url: string; expiresAt: string; emailed: boolean }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation app-token-panel" role="status">
      <h2 className="govuk-panel__title">{heading}</h2>
      <div className="govuk-panel__body">
        <p className="govuk-body govuk-!-colour-white">
          {emailed ? `The one-time sign-in link was emailed to ${name} at ${email}. It is also here:` : `Send ${name} (${email}) this one-time sign-in link, where they choose their password:`}
        </p>
        <p className="app-token">{url}</p>
        <p className="app-token-panel__warning">It works once and expires on {formatDateTime(expiresAt)}. It will not be shown again.</p>
      </div>
    </div>
  )
}
