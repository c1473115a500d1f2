import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { EvidenceUploadForm } from '#app/components/compliance/evidence-upload-form'
import { ObligationStateTag } from '#app/components/compliance/state-tag'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, keptValue, Radios, Textarea } from '#app/components/forms'
import { getObligationDetail } from '#app/services/compliance/get-obligation-detail.server'
import { reviewObligation } from '#app/services/compliance/review-obligation.server'
import { uploadEvidenceRequest } from '#app/services/compliance/upload-evidence-request.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { formatDate } from '#clauses/calendar/format'

export const meta: MetaFunction = () => [{ title: 'Obligation - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const { obligation, evidence, canUpload, canReview } = await getObligationDetail({ actor, obligationId: params.obligationId ?? '' })
    return json({
      obligation: {
        id: String(obligation._id),
        agreementId: String(obligation.agreement),
        title: obligation.title,
        agreementReference: obligation.agreementReference,
        clause: obligation.clause,
        owner: obligation.ownerDescription,
        dueRule: obligation.dueRule,
        dueOn: obligation.dueOn,
        basis: obligation.basis,
        state: obligation.state,
        overdue: obligation.overdue,
        reviews: obligation.reviews.map((review) => ({ decision: review.decision, comment: review.comment, byName: review.byName, at: review.at.toISOString() })),
        // A KPI report is made by its period's return (decision record 012).
        kpiReturn: obligation.category === 'kpi_return' ? { url: `/agreements/${String(obligation.agreement)}/kpis?period=${encodeURIComponent(obligation.periodKey)}`, periodLabel: obligation.periodLabel } : null,
      },
      evidence: evidence.map((item) => ({
        id: String(item._id),
        filename: item.filename,
        size: item.size,
        sha256: item.sha256,
        description: item.description,
        uploadedByName: item.uploadedByName,
        uploadedAt: item.uploadedAt.toISOString(),
      })),
      uploaded: new URL(request.url).searchParams.get('uploaded') === '1',
      canUpload,
      canReview,
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  const obligationId = params.obligationId ?? ''
  if (!(request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) {
    let formData: FormData | undefined
    try {
      formData = await readCheckedForm(request)
      const reviewed = await reviewObligation({ actor, obligationId, input: formToObject(formData) })
      return redirectWithBanner(request, `/compliance/obligations/${obligationId}`, reviewed?.state === 'accepted' ? 'The evidence has been accepted' : 'The evidence has been returned with your comment')
    } catch (error) {
      return formFailure(error, formData)
    }
  }
  try {
    const { redirectTo } = await uploadEvidenceRequest({ actor, obligationId, request })
    return redirect(redirectTo)
  } catch (error) {
    return formFailure(error)
  }
}

const REVIEW_DECISIONS = [
  { value: 'accept', label: 'Accept' },
  { value: 'return', label: 'Return to the provider' },
]

export default function ObligationPage() {
  const { obligation, evidence, canUpload, canReview, uploaded } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData && 'fieldErrors' in actionData ? actionData.fieldErrors : undefined
  const values = actionData && 'values' in actionData ? actionData.values : undefined
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/compliance" className="govuk-back-link">
          Back to compliance
        </Link>
        <ErrorSummary errors={errors} />
        {uploaded ? (
          <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="uploaded-title">
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="uploaded-title">
                Success
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">Evidence uploaded and submitted for review</p>
            </div>
          </div>
        ) : null}
        <span className="govuk-caption-l">{obligation.agreementReference}</span>
        <h1 className="govuk-heading-l">{obligation.title}</h1>
        <p className="govuk-body">
          <ObligationStateTag state={obligation.state} overdue={obligation.overdue} />
        </p>
        <dl className="govuk-summary-list">
          <SummaryRow label="Due">{formatDate(obligation.dueOn)}</SummaryRow>
          <SummaryRow label="Clause">{obligation.clause}</SummaryRow>
          <SummaryRow label="Owed by">{obligation.owner}</SummaryRow>
          <SummaryRow label="Due rule">{obligation.dueRule}</SummaryRow>
          <SummaryRow label="How the date is worked out">{obligation.basis}</SummaryRow>
        </dl>
        {obligation.kpiReturn ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={obligation.kpiReturn.url}>
              KPI figures for {obligation.kpiReturn.periodLabel}
            </Link>
            : a return with a figure for every indicator submits this report for review.
          </p>
        ) : null}
        <h2 className="govuk-heading-m">Evidence</h2>
        {evidence.length === 0 ? (
          <p className="govuk-body">No evidence uploaded yet.</p>
        ) : (
          <ul className="govuk-list">
            {evidence.map((item) => (
              <li key={item.id}>
                <a className="govuk-link" href={`/evidence/${item.id}/download`} download>
                  {item.filename}
                </a>{' '}
                ({Math.ceil(item.size / 1024)} KB), {item.description}. Uploaded by {item.uploadedByName} on {formatDate(item.uploadedAt.slice(0, 10))}.{' '}
                <span className="govuk-body-s">
                  SHA-256 <code className="app-hash">{item.sha256}</code>
                </span>
              </li>
            ))}
          </ul>
        )}
        {obligation.reviews.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Reviews</h2>
            <ul className="govuk-list">
              {obligation.reviews.map((review) => (
                <li key={review.at}>
                  {review.decision === 'accept' ? 'Accepted' : 'Returned'} by {review.byName} on {formatDate(review.at.slice(0, 10))}
                  {review.comment ? `: ${review.comment}` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {canUpload ? (
          <>
            <h2 className="govuk-heading-m">Upload evidence</h2>
            <EvidenceUploadForm action={`/compliance/obligations/${obligation.id}`} scriptAction={`/compliance/obligations/${obligation.id}/evidence`} errors={errors} />
          </>
        ) : null}
        {canReview ? (
          <>
            <h2 className="govuk-heading-m">Review the submission</h2>
            <AppForm>
              <Radios name="decision" legend="Decision" options={REVIEW_DECISIONS} error={errors?.decision} defaultValue={keptValue(values, 'decision')} />
              <Textarea name="comment" label="Comment" hint="Required when returning: say what needs to change." error={errors?.comment} defaultValue={keptValue(values, 'comment')} />
              <button type="submit" className="govuk-button">
                Save decision
              </button>
            </AppForm>
          </>
        ) : null}
      </div>
    </div>
  )
}

function SummaryRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
