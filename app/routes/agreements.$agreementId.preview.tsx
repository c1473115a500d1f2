import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { AgreementDocument } from '#app/components/agreements/agreement-document'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { requireUser } from '#app/utils/auth.server'
import { withPageErrors } from '#app/utils/route-errors.server'
import type { DocumentModel } from '#clauses/document-model'
import { agreementDocument } from '#app/services/signing/agreement-files.server'

export const meta: MetaFunction = () => [{ title: 'Preview - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    const document = await agreementDocument(agreement)
    return json({ agreement: { id: String(agreement._id), reference: agreement.reference, version: agreement.version }, document })
  })
}

export default function PreviewAgreement() {
  const { agreement, document } = useLoaderData<typeof loader>()
  return (
    <>
      <Link to={`/agreements/${agreement.id}`} className="govuk-back-link">
        Back to {agreement.reference}
      </Link>
      <span className="govuk-caption-l">
        {agreement.reference}, version {agreement.version}
      </span>
      <h1 className="govuk-heading-l">Preview of the full agreement</h1>
      {document.draft ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This is a draft. It is not binding until every party has signed it.
          </strong>
        </div>
      ) : null}
      {/* Loader data arrives as JSON; a draft preview carries no drawn signatures, the only non-JSON part. */}
      <AgreementDocument document={document as unknown as DocumentModel} />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
