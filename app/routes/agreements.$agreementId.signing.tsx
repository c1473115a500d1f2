import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import type { TSignatoriesToSend } from '#app/services/signing/send-for-signature.server'
import { AppForm, ErrorSummary, Radios, Textarea, TextInput, WarningText } from '#app/components/forms'
import { SignatureForm } from '#app/components/signing/signature-form'
import { declineSigning } from '#app/services/signing/decline-signing.server'
import { finishSigning } from '#app/services/signing/finish-signing.server'
import { getSigningOverview } from '#app/services/signing/get-signing-overview.server'
import { issueSigningLink } from '#app/services/signing/issue-signing-link.server'
import { revokeSigningLink } from '#app/services/signing/revoke-signing-link.server'
import { sendForSignature } from '#app/services/signing/send-for-signature.server'
import { signAgreement } from '#app/services/signing/sign-agreement.server'
import { type TActor } from '#app/utils/actor.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { isAppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formatDateTime } from '#app/utils/dates'
import { clientAddress } from '#app/utils/request.server'
import { asErrorResponse, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'Signing - SLA Register' }]

const SIGNING_ORDERS = [
  { value: 'sequential', label: 'One after another, in the order of the signature blocks' },
  { value: 'parallel', label: 'All at once, in any order' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    return json(await getSigningOverview({ actor, agreementId: params.agreementId ?? '' }))
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const agreementId = params.agreementId ?? ''
  const actor = await requireUser(request)
  let values: Record<string, string | string[]> = {}
  try {
    values = formToObject(await readCheckedForm(request))
    if (values.intent === 'link') {
      const { url, slotId, expiresAt, emailed } = await issueSigningLink({ actor, agreementId, input: values })
      // Shown once: only the token's hash is stored.
      return json({ issued: { slotId, url, expiresAt: expiresAt.toISOString(), emailed }, fieldErrors: {} as Record<string, string>, values: {} as typeof values })
    }
    const done = await signingStep({ actor, agreementId, values, request })
    return redirectWithBanner(request, `/agreements/${agreementId}/signing`, done)
  } catch (error) {
    if (!isAppError(error) || error.code !== 'validation') throw asErrorResponse(error)
    return json({ issued: null, fieldErrors: error.fieldErrors, values }, { status: 400 })
  }
}

/** Takes the signing step the form asked for and says what was done, for the banner. */
async function signingStep({ actor, agreementId, values, request }: { actor: TActor; agreementId: string; values: Record<string, string | string[]>; request: Request }) {
  if (values.intent === 'revoke-link') {
    await revokeSigningLink({ actor, agreementId, input: values })
    return 'The signing link has been cancelled'
  }
  if (values.intent === 'send') {
    await sendForSignature({ actor, agreementId, input: { order: values.order || undefined } })
    return 'The agreement has been sent for signature'
  }
  if (values.intent === 'decline') {
    await declineSigning({ actor, agreementId, input: values })
    return 'You have declined to sign; the agreement is back in draft'
  }
  if (values.intent === 'finish') {
    await finishSigning({ actor, agreementId })
    return 'Signing is finished and the agreement is sealed'
  }
  await signAgreement({ actor, agreementId, input: values, client: { ip: clientAddress(request), userAgent: request.headers.get('user-agent') ?? '' } })
  return 'Your signature has been recorded'
}

const STATUS_TAGS = { waiting: 'govuk-tag--grey', signed: 'govuk-tag--green', declined: 'govuk-tag--red' } as const
const STATUS_LABELS = { waiting: 'Waiting', signed: 'Signed', declined: 'Declined' } as const

export default function Signing() {
  const { agreement, maySend, toSend, mayIssueLinks, mayFinish, signing, mySlot, wordingDifferences } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors ?? {}
  const kept = (name: string) => String(actionData?.values?.[name] ?? '')
  return (
    <>
      <Link to={`/agreements/${agreement.id}`} className="govuk-back-link">
        Back to {agreement.reference}
      </Link>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">
        {agreement.reference}, version {agreement.version}
      </span>
      <h1 className="govuk-heading-l">Signing</h1>
      <p className="govuk-body">
        Status: <strong className="govuk-tag">{agreement.statusLabel}</strong>
      </p>
      <WordingDifferences agreementId={agreement.id} clauses={wordingDifferences} />
      {mayFinish ? (
        <WarningText>
          Every party has signed, but the sealed copy could not be made. Nothing was lost: finish the signing to make it and put the agreement in force.
          <AppForm>
            <input type="hidden" name="intent" value="finish" />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Finish signing
            </button>
          </AppForm>
        </WarningText>
      ) : null}
      {maySend && toSend ? <SignatoriesToSend {...toSend} /> : null}
      {maySend && !toSend?.problem ? (
        <AppForm>
          <input type="hidden" name="intent" value="send" />
          <Radios name="order" legend="How the signatories sign" hint="The PDF they sign is fixed when you send it." options={SIGNING_ORDERS} defaultValue="sequential" />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Send for signature
          </button>
        </AppForm>
      ) : null}
      {signing ? (
        <>
          <h2 className="govuk-heading-m">Signatories</h2>
          <p className="govuk-body">{signing.order === 'parallel' ? 'They sign all at once, in any order.' : 'They sign one after another, in this order.'}</p>
          <table className="govuk-table app-table--stack">
            <caption className="govuk-table__caption govuk-visually-hidden">Signatories in signing order</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Signs as</th>
                <th scope="col" className="govuk-table__header">For</th>
                <th scope="col" className="govuk-table__header">Status</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {signing.signatories.map((signatory) => (
                <tr className="govuk-table__row" key={signatory.slotId}>
                  <td className="govuk-table__cell" data-label="Signs as">{signatory.role}</td>
                  <td className="govuk-table__cell" data-label="For">{signatory.organisationName}</td>
                  <td className="govuk-table__cell" data-label="Status">
                    <strong className={`govuk-tag ${STATUS_TAGS[signatory.status]}`}>{signatory.status === 'waiting' && signatory.due ? 'To sign now' : STATUS_LABELS[signatory.status]}</strong>
                    {signatory.signedBy ? (
                      <span className="govuk-body-s govuk-!-display-block">
                        {signatory.signedBy.name}, {signatory.signedBy.title}, {formatDateTime(signatory.signedBy.at)}, {signatory.signedBy.method === 'drawn' ? 'drawn signature' : 'typed name'}
                      </span>
                    ) : null}
                    {signatory.declineReason ? <span className="govuk-body-s govuk-!-display-block">Reason: {signatory.declineReason}</span> : null}
                    {signatory.link && signatory.status === 'waiting' ? (
                      <span className="govuk-body-s govuk-!-display-block">
                        {signatory.link.emailed ? 'Signing link sent to' : 'Signing link made, to copy to'} {signatory.link.name} ({signatory.link.email}), {signatory.link.used ? 'used' : `expires ${formatDateTime(signatory.link.expiresAt)}`}
                      </span>
                    ) : null}
                    {mayIssueLinks && signatory.link && !signatory.link.used && signatory.status === 'waiting' ? (
                      <AppForm>
                        <input type="hidden" name="intent" value="revoke-link" />
                        <input type="hidden" name="slotId" value={signatory.slotId} />
                        <button type="submit" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">
                          Cancel link<span className="govuk-visually-hidden"> for {signatory.role}</span>
                        </button>
                      </AppForm>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="govuk-body">
            <a className="govuk-link" href={`/agreements/${agreement.id}/signing-document.pdf`}>
              Read the document to sign (PDF)
            </a>
            <span className="govuk-body-s govuk-!-display-block">SHA-256: <code>{signing.documentSha256}</code></span>
          </p>
          {signing.status === 'completed' ? (
            <p className="govuk-body">
              <a className="govuk-link" href={`/agreements/${agreement.id}/signed.pdf`}>
                Download the signed PDF
              </a>
            </p>
          ) : null}
        </>
      ) : null}
      {actionData?.issued ? (
        <div className="govuk-panel govuk-panel--confirmation app-token-panel" role="status">
          <h2 className="govuk-panel__title">Signing link created</h2>
          <div className="govuk-panel__body">
            <p className="app-signing-link">{actionData.issued.url}</p>
            <p className="app-token-panel__warning">
              {actionData.issued.emailed ? 'It has been emailed to the signatory. ' : 'Send it to the signatory now. '}
              It will not be shown again; it works once and expires {formatDateTime(actionData.issued.expiresAt)}.
            </p>
          </div>
        </div>
      ) : null}
      {mayIssueLinks && signing ? (
        <>
          <h2 className="govuk-heading-m">Send a signing link</h2>
          <p className="govuk-body">For a signatory without an account: they sign through a link that works once and expires after 7 days, still in signing order.</p>
          <AppForm>
            <input type="hidden" name="intent" value="link" />
            <div className={`govuk-form-group${errors.slotId ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label" htmlFor="slotId">
                Signs as
              </label>
              {errors.slotId ? (
                <p id="slotId-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errors.slotId}
                </p>
              ) : null}
              <select className="govuk-select" id="slotId" name="slotId" defaultValue={kept('slotId')}>
                {signing.signatories
                  .filter((signatory) => signatory.status === 'waiting')
                  .map((signatory) => (
                    <option key={signatory.slotId} value={signatory.slotId}>
                      {`${signatory.role}, ${signatory.organisationName}`}
                    </option>
                  ))}
              </select>
            </div>
            <TextInput name="signatoryName" label="Signatory’s full name" error={errors.signatoryName} defaultValue={kept('signatoryName')} />
            <TextInput name="signatoryEmail" label="Signatory’s email address" type="email" error={errors.signatoryEmail} defaultValue={kept('signatoryEmail')} />
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Create signing link
            </button>
          </AppForm>
        </>
      ) : null}
      {mySlot && signing && !mySlot.due ? (
        <div className="govuk-inset-text">You sign as {mySlot.role} once the signatories before you have signed.</div>
      ) : null}
      {mySlot && signing && mySlot.due ? (
        <>
          <h2 className="govuk-heading-m">Sign as {mySlot.role}</h2>
          <SignatureForm
            intent="sign"
            documentSha256={signing.documentSha256}
            organisationName={mySlot.organisationName}
            errors={errors}
            kept={{ name: kept('name'), title: kept('title'), method: kept('method'), drawnSignature: kept('drawnSignature') }}
          />
          <h2 className="govuk-heading-m">Decline to sign</h2>
          <AppForm>
            <input type="hidden" name="intent" value="decline" />
            <Textarea name="reason" label="Why are you declining to sign?" hint="The agreement goes back to draft for the commissioner." error={errors.reason} defaultValue={kept('reason')} rows={3} />
            <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
              Decline to sign
            </button>
          </AppForm>
        </>
      ) : null}
    </>
  )
}

/** Clauses whose words differ from their terms: refused for signature unless legal accepted the
 * difference, and shown to everyone who signs (decision record 006). */
function WordingDifferences({ agreementId, clauses }: { agreementId: string; clauses: Array<{ clauseId: string; name: string; differences: string[]; accepted: { comment: string; by: string } | null }> }) {
  if (clauses.length === 0) return null
  return (
    <WarningText>
      Wording differs from its terms in {clauses.length === 1 ? 'one clause' : `${clauses.length} clauses`}:
      <ul className="govuk-list govuk-list--bullet govuk-!-font-weight-regular">
        {clauses.map((clause) => (
          <li key={clause.clauseId}>
            <Link className="govuk-link" to={`/agreements/${agreementId}/clauses/${encodeURIComponent(clause.clauseId)}/wording`}>
              {clause.name}
            </Link>
            : {clause.differences.join('; ')}. {clause.accepted ? `Accepted by ${clause.accepted.by}: “${clause.accepted.comment}”` : 'Not accepted by legal: it cannot be sent for signature.'}
          </li>
        ))}
      </ul>
    </WarningText>
  )
}

/** Who will be asked to sign, in the order of the signature blocks, before anything is sent. */
function SignatoriesToSend({ signatories, problem }: TSignatoriesToSend) {
  if (problem) return <WarningText>It cannot be sent for signature yet. {problem}.</WarningText>
  return (
    <>
      <h2 className="govuk-heading-m">Who will sign</h2>
      <ol className="govuk-list govuk-list--number">
        {signatories.map((signatory) => (
          <li key={signatory.slotId}>
            {signatory.role}, for {signatory.organisationName}
          </li>
        ))}
      </ol>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
