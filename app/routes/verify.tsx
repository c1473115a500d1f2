import { json, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { MAX_VERIFY_PDF_BYTES, verifyAgreementPdf } from '#app/services/signing/verify-agreement-pdf.server'
import { isAppError } from '#app/utils/app-error'
import { readFormFile } from '#app/utils/request-body.server'
import { asErrorResponse } from '#app/utils/route-errors.server'
import { formatDateTime } from '#app/utils/dates'

export const meta: MetaFunction = () => [{ title: 'Check a signed agreement - SLA Register' }]

/** Public: anyone holding a signed PDF can check it, so no sign-in and nothing is stored. */
export async function action({ request }: ActionFunctionArgs) {
  let file: File | null
  try {
    ;({ file } = await readFormFile(request, { field: 'pdf', maxBytes: MAX_VERIFY_PDF_BYTES, what: 'The PDF' }))
  } catch (error) {
    if (isAppError(error) && error.status !== 415) return json({ error: error.message, result: null }, { status: error.status })
    throw asErrorResponse(error)
  }
  if (!file) return json({ error: 'Choose the PDF to check', result: null }, { status: 400 })
  const result = await verifyAgreementPdf(new Uint8Array(await file.arrayBuffer()))
  return json({ error: null, result: { ...result, fileName: file.name } })
}

export default function Verify() {
  const actionData = useActionData<typeof action>()
  const error = actionData?.error
  const result = actionData?.result
  return (
    <>
      <h1 className="govuk-heading-l">Check a signed agreement</h1>
      <p className="govuk-body">Upload a signed agreement PDF to see whether this service sealed it, who signed it and whether it has been changed since.</p>
      {result ? <VerifyResult result={result} /> : null}
      <Form method="post" encType="multipart/form-data">
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="pdf">
            Signed agreement (PDF)
          </label>
          {error ? (
            <p id="pdf-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <input className="govuk-file-upload" id="pdf" name="pdf" type="file" accept="application/pdf,.pdf" aria-describedby={error ? 'pdf-error' : undefined} />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Check the PDF
        </button>
      </Form>
    </>
  )
}

type TResult = NonNullable<NonNullable<ReturnType<typeof useActionData<typeof action>>>['result']>

function VerifyResult({ result }: { result: TResult }) {
  const valid = result.sealed && result.intact && result.signedBySystem
  const findings = [
    ...(!result.sealed ? ['The PDF carries no digital signature.'] : []),
    ...(result.sealed && !result.signedBySystem ? ['The signature is not this service’s seal.'] : []),
    ...result.problems,
  ]
  const demoSealed = result.signedBySystem && result.demoSeal
  return (
    <div role="status">
      <div className={`govuk-panel ${valid ? 'govuk-panel--confirmation' : 'app-panel--invalid'}`} style={valid ? undefined : { background: '#d4351c', color: '#fff' }}>
        <h2 className="govuk-panel__title">{valid ? 'Valid: sealed by this service and unchanged' : 'Not valid'}</h2>
        <div className="govuk-panel__body govuk-!-font-size-24">{result.fileName}</div>
      </div>
      {demoSealed ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Sealed with the demo seal: a self-signed certificate for trying this service. It shows the file is unchanged, not which organisation sealed it.
          </strong>
        </div>
      ) : null}
      <dl className="govuk-summary-list">
        {result.agreement ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Agreement</dt>
            <dd className="govuk-summary-list__value">
              {result.agreement.reference}, version {result.agreement.version}
              {result.agreement.completedAt ? `, completed ${formatDateTime(result.agreement.completedAt)}` : ''}
            </dd>
          </div>
        ) : null}
        {result.agreement?.signatures.map((signature) => (
          <div className="govuk-summary-list__row" key={`${signature.name}-${signature.signedAt}`}>
            <dt className="govuk-summary-list__key">Signature</dt>
            <dd className="govuk-summary-list__value">
              Signed by {signature.name}, {signature.title}, {signature.organisation}, {formatDateTime(signature.signedAt)}
            </dd>
          </div>
        ))}
        {findings.map((finding) => (
          <div className="govuk-summary-list__row" key={finding}>
            <dt className="govuk-summary-list__key">Problem</dt>
            <dd className="govuk-summary-list__value">{finding}</dd>
          </div>
        ))}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">File SHA-256</dt>
          <dd className="govuk-summary-list__value">
            <code className="app-hash">{result.documentSha256}</code>
          </dd>
        </div>
      </dl>
    </div>
  )
}
