import { type MetaFunction } from '@remix-run/node'

export const meta: MetaFunction = () => [{ title: 'Signed - SLA Register' }]

/** Where a signature through a signing link lands: the link itself no longer opens once used. */
export default function SignedByLink() {
  return (
    <div className="govuk-panel govuk-panel--confirmation" role="status">
      <h1 className="govuk-panel__title">Signed</h1>
      <div className="govuk-panel__body">Your signature has been recorded. The signing link cannot be used again.</div>
    </div>
  )
}
