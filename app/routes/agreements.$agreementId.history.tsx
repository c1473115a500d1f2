import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { StatusTag } from '#app/components/agreements/status-tag'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { listAgreementVersions } from '#app/services/agreements/list-agreement-versions.server'
import { requireUser } from '#app/utils/auth.server'
import { formatDate, formatDateTime } from '#app/utils/dates'
import { withPageErrors } from '#app/utils/route-errors.server'

export const meta: MetaFunction = () => [{ title: 'History - SLA Register' }]

const VARIATION_STATUS_LABELS = { proposed: 'Proposed', agreed: 'Agreed', withdrawn: 'Withdrawn' } as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    const versions = await listAgreementVersions({ actor, agreement })
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference, version: agreement.version },
      versions: versions.map((version) => ({
        id: String(version._id),
        version: version.version,
        status: version.status,
        commencesOn: version.commencesOn,
        endsOn: version.endsOn,
        variations: version.variations.map((variation) => ({
          id: String(variation._id),
          summary: variation.summary,
          proposedBy: variation.proposedByName,
          proposedAt: variation.proposedAt.toISOString(),
          status: variation.status,
          agreedBy: variation.agreedBy,
          resultingVersion: variation.resultingVersion ? String(variation.resultingVersion) : null,
        })),
        history: version.history.map((entry) => ({ at: entry.at.toISOString(), by: entry.actorName, summary: entry.summary })),
      })),
    })
  })
}

export default function AgreementHistory() {
  const { agreement, versions } = useLoaderData<typeof loader>()
  const previous = versions.find((version) => version.version === agreement.version - 1)
  return (
    <>
      <Link to={`/agreements/${agreement.id}`} className="govuk-back-link">
        Back to {agreement.reference}
      </Link>
      <span className="govuk-caption-l">{agreement.reference}</span>
      <h1 className="govuk-heading-l">History, versions and variations</h1>
      {versions.length > 1 ? (
        <Form method="get" action={`/agreements/${agreement.id}/compare`}>
          <h2 className="govuk-heading-m">Compare two versions</h2>
          <div className="govuk-grid-row">
            <VersionSelect name="before" label="Earlier version" versions={versions} defaultValue={previous?.id ?? versions[0].id} />
            <VersionSelect name="after" label="Later version" versions={versions} defaultValue={agreement.id} />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            Compare versions
          </button>
        </Form>
      ) : null}
      {[...versions].reverse().map((version) => (
        <section key={version.id} aria-labelledby={`version-${version.version}`} className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m" id={`version-${version.version}`}>
            <Link className="govuk-link" to={`/agreements/${version.id}`}>
              Version {version.version}
            </Link>{' '}
            <StatusTag status={version.status} />
          </h2>
          <p className="govuk-body">
            {version.commencesOn ? `From ${formatDate(version.commencesOn)}` : 'No commencement date yet'}
            {version.endsOn ? ` to ${formatDate(version.endsOn)}` : ''}
          </p>
          {version.variations.length > 0 ? (
            <>
              <h3 className="govuk-heading-s">Variations</h3>
              <ul className="govuk-list govuk-list--bullet">
                {version.variations.map((variation) => (
                  <li key={variation.id}>
                    <Link className="govuk-link" to={`/agreements/${version.id}/variations/${variation.id}`}>
                      {variation.summary}
                    </Link>{' '}
                    ({VARIATION_STATUS_LABELS[variation.status]}; proposed by {variation.proposedBy}, {formatDate(variation.proposedAt)}
                    {variation.agreedBy.length > 0 ? `; agreed in writing by ${variation.agreedBy.map((signature) => `${signature.name}, ${signature.title}, on ${formatDate(signature.on)}`).join(' and ')}` : ''})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3 className="govuk-heading-s">What happened</h3>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">History of version {version.version}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">When</th>
                <th scope="col" className="govuk-table__header">What</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {[...version.history].reverse().map((entry, index) => (
                <tr className="govuk-table__row" key={index}>
                  <td className="govuk-table__cell">{formatDateTime(entry.at)}</td>
                  <td className="govuk-table__cell">{entry.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  )
}

function VersionSelect({ name, label, versions, defaultValue }: { name: string; label: string; versions: { id: string; version: number }[]; defaultValue: string }) {
  return (
    <div className="govuk-grid-column-one-quarter">
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={name}>
          {label}
        </label>
        <select className="govuk-select" id={name} name={name} defaultValue={defaultValue}>
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              Version {version.version}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
