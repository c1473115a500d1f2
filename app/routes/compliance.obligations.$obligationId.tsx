import {
  json,
  redirect,
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { EvidenceUploadForm } from '#app/components/compliance/evidence-upload-form'
import { ObligationStateTag } from '#app/components/compliance/state-tag'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, Textarea } from '#app/components/forms'
import { getObligationDetail } from '#app/services/compliance/get-obligation-detail.server'
import { reviewObligation } from '#app/services/compliance/review-obligation.server'
import { authoriseEvidenceUpload, receiveEvidenceFile, recordEvidence } from '#app/services/compliance/upload-evidence.server'
import { discardEvidenceFile, type TStoredEvidenceFile } from '#app/services/compliance/store-evidence-file.server'
import { AppError, isAppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { checkCsrf, readCheckedForm } from '#app/utils/csrf.server'
import { EVIDENCE_MAX_BYTES } from '#app/utils/file-sniffing.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { getSession } from '#app/utils/session.server'
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
  const wantsJson = request.headers.get('Accept') === 'application/json'
  if (!(request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) {
    let formData: FormData | undefined
    try {
      formData = await readCheckedForm(request)
      await reviewObligation({ actor, obligationId, input: formToObject(formData) })
      return redirect(`/compliance/obligations/${obligationId}`)
    } catch (error) {
      return formFailure(error, formData)
    }
  }
  let stored: TStoredEvidenceFile | undefined
  try {
    // Authorised before a byte of the body is read; a body too large to be one allowed file is refused unread.
    const obligation = await authoriseEvidenceUpload({ actor, obligationId })
    if (Number(request.headers.get('Content-Length') ?? 0) > EVIDENCE_MAX_BYTES + 64 * 1024) {
      throw new AppError('validation', { message: 'The file is larger than 25 MB', details: { fields: { file: 'The file is larger than 25 MB' } } })
    }
    const formData = await parseMultipartFormData(
      request,
      composeUploadHandlers(async ({ name, filename, data }) => {
        if (name !== 'file' || filename === undefined) return undefined
        if (filename === '') return undefined
        stored = await receiveEvidenceFile({ obligation, filename, data })
        return String(stored.fileId)
      }, createMemoryUploadHandler({ maxPartSize: 16 * 1024 })),
    )
    checkCsrf(await getSession(request), formData)
    const file = stored
    stored = undefined
    await recordEvidence({ actor, obligation, file, input: { description: formData.get('description') ?? '' } })
    const redirectTo = `/compliance/obligations/${obligationId}?uploaded=1`
    return wantsJson ? json({ redirectTo }) : redirect(redirectTo)
  } catch (error) {
    if (stored) await discardEvidenceFile(stored.fileId)
    if (wantsJson && isAppError(error)) return json({ formError: error.message, fieldErrors: error.fieldErrors }, { status: error.status })
    return formFailure(error)
  }
}

export default function ObligationPage() {
  const { obligation, evidence, canUpload, canReview, uploaded } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData && 'fieldErrors' in actionData ? actionData.fieldErrors : undefined
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
                <span className="govuk-body-s">SHA-256 {item.sha256}</span>
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
            <EvidenceUploadForm action={`/compliance/obligations/${obligation.id}`} errors={errors} />
          </>
        ) : null}
        {canReview ? (
          <>
            <h2 className="govuk-heading-m">Review the submission</h2>
            <AppForm>
              <div className="govuk-form-group">
                <fieldset className="govuk-fieldset">
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Decision</legend>
                  <div className="govuk-radios" data-module="govuk-radios">
                    <div className="govuk-radios__item">
                      <input className="govuk-radios__input" id="decision" name="decision" type="radio" value="accept" />
                      <label className="govuk-label govuk-radios__label" htmlFor="decision">
                        Accept
                      </label>
                    </div>
                    <div className="govuk-radios__item">
                      <input className="govuk-radios__input" id="decision-return" name="decision" type="radio" value="return" />
                      <label className="govuk-label govuk-radios__label" htmlFor="decision-return">
                        Return to the provider
                      </label>
                    </div>
                  </div>
                </fieldset>
              </div>
              <Textarea name="comment" label="Comment" hint="Required when returning: say what needs to change." error={errors?.comment} />
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
