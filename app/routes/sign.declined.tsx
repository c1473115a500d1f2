import { type MetaFunction } from '@remix-run/node'

export const meta: MetaFunction = () => [{ title: 'Declined - SLA Register' }]

/** Where declining through a signing link lands: the link itself no longer opens once used. */
export default function DeclinedByLink() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You have declined to sign</h1>
        <p className="govuk-body">Your reason is recorded on the agreement for the commissioner, and the agreement has gone back to draft. The signing link cannot be used again.</p>
      </div>
    </div>
  )
}
