import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { clauseAnchor, problemLink } from '#app/components/agreements/problem-links'
import { StatusTag } from '#app/components/agreements/status-tag'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary } from '#app/components/forms'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { listAgreementActions } from '#app/services/agreements/list-agreement-actions.server'
import { listDraftBlanks } from '#app/services/agreements/list-draft-blanks.server'
import { moveAgreementClause } from '#app/services/agreements/move-agreement-clause.server'
import { renewAgreement } from '#app/services/agreements/renew-agreement.server'
import { changeAgreementStatus } from '#app/services/agreements/change-agreement-status.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { AGREEMENT_STATUS_LABELS } from '#models/agreement-lifecycle'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formatDate, formatDateTime } from '#app/utils/dates'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { getClauseKind, getTemplate, partiesOf, renderClauseContent } from '#app/services/agreements/for-routes.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.agreement.reference ?? 'Agreement'} - SLA Register` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    const actions = listAgreementActions({ actor, agreement })
    const blanks = agreement.status === 'draft' && actions.canEdit ? listDraftBlanks(agreement) : []
    const context = { parties: partiesOf(agreement) }
    const clauseNames = new Map(agreement.content.sections.flatMap((section) => section.clauses.map((clause) => [clause.id, clause.number ? `Clause ${clause.number}` : clause.heading || section.heading])))
    return json({
      blanks,
      agreement: {
        id: String(agreement._id),
        reference: agreement.reference,
        title: agreement.title,
        template: getTemplate(agreement.template)?.title ?? agreement.template,
        status: agreement.status,
        version: agreement.version,
        commencesOn: agreement.commencesOn,
        endsOn: agreement.endsOn,
        parties: agreement.partyDetails.map((party) => ({ id: party.id, role: party.role, name: party.name, definedAs: party.definedAs ?? '' })),
        sections: agreement.content.sections.map((section) => ({
          id: section.id,
          heading: section.kind === 'schedule' ? `Schedule${section.number ? ` ${section.number}` : ''}: ${section.heading}` : [section.number, section.heading].filter(Boolean).join('. '),
          clauses: section.clauses.map((clause) => ({
            id: clause.id,
            number: clause.number,
            heading: clause.heading || openingWords(clause.text ?? renderClauseContent(clause, context).paragraphs[0]?.text ?? ''),
            kind: getClauseKind(clause.kind)?.label ?? clause.kind,
            handEdited: clause.text !== undefined,
          })),
        })),
        comments: agreement.review.comments
          .filter((comment) => !comment.resolved)
          .map((comment) => ({
            id: String(comment._id),
            clause: comment.clauseId ? (clauseNames.get(comment.clauseId) ?? comment.clauseId) : 'Whole agreement',
            clauseId: comment.clauseId,
            author: comment.authorName,
            text: comment.text,
            at: comment.at.toISOString(),
          })),
      },
      actions: {
        transitions: actions.transitions.filter((transition) => !transition.commentRequired).map(({ to, label }) => ({ to, label })),
        canEdit: actions.canEdit,
        canReview: actions.canReview,
        canReadReview: actions.canReadReview,
        canRenew: actions.canRenew,
        canVary: actions.canVary,
      },
    })
  })
}

/** An unheaded clause is known by its first words: "This Agreement establishes the relationship…". */
function openingWords(text: string) {
  const words = text.split(/\s+/).filter(Boolean)
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ')
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  const agreementId = params.agreementId ?? ''
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const values = formToObject(formData)
    if (values.intent === 'move') {
      await moveAgreementClause({ actor, agreementId, clauseId: String(values.clauseId), input: values })
      return redirectWithBanner(request, `/agreements/${agreementId}#${clauseAnchor(String(values.clauseId))}`, 'The clause has been moved')
    }
    if (values.intent === 'renew') {
      const renewal = await renewAgreement({ actor, agreementId })
      return redirectWithBanner(request, `/agreements/${String(renewal._id)}`, `Renewal drafted: ${renewal.reference} version ${renewal.version}`)
    }
    const moved = await changeAgreementStatus({ actor, agreementId, input: values })
    return redirectWithBanner(request, `/agreements/${agreementId}`, `The agreement is now ${AGREEMENT_STATUS_LABELS[moved.status].toLowerCase()}`)
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function AgreementPage() {
  const { agreement, actions, blanks } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const refused = actionData?.formError ? (Object.keys(actionData.fieldErrors ?? {}).length > 0 ? actionData.fieldErrors : { form: actionData.formError }) : undefined
  const base = `/agreements/${agreement.id}`
  return (
    <>
      <Link to="/agreements" className="govuk-back-link">
        Back to agreements
      </Link>
      <ErrorSummary errors={refused} title={actionData?.formError} hrefFor={(path) => problemLink(agreement.id, agreement.sections, path)} />
      <span className="govuk-caption-l">
        {agreement.reference}, version {agreement.version}
      </span>
      <h1 className="govuk-heading-l">{agreement.title}</h1>
      <dl className="govuk-summary-list">
        <SummaryRow label="Status">
          <StatusTag status={agreement.status} />
        </SummaryRow>
        <SummaryRow label="Template">{agreement.template}</SummaryRow>
        <SummaryRow label="Commences">{agreement.commencesOn ? formatDate(agreement.commencesOn) : 'Not set'}</SummaryRow>
        <SummaryRow label="Ends">{agreement.endsOn ? formatDate(agreement.endsOn) : 'Not set'}</SummaryRow>
        <SummaryRow label="Parties">
          <ul className="govuk-list">
            {agreement.parties.map((party) => (
              <li key={party.id}>
                {party.name || <span className="govuk-hint govuk-!-margin-bottom-0">Not yet named</span>}
                {party.definedAs ? ` (${party.definedAs})` : ''}
              </li>
            ))}
          </ul>
        </SummaryRow>
      </dl>
      {blanks.length > 0 && !refused ? <StillBlank blanks={blanks} hrefFor={(path) => problemLink(agreement.id, agreement.sections, path)} /> : null}

      {agreement.comments.length > 0 ? (
        <div className="govuk-notification-banner" role="region" aria-labelledby="review-comments-title" data-module="govuk-notification-banner">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="review-comments-title">
              Legal review comments
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <ul className="govuk-list">
              {agreement.comments.map((comment) => (
                <li key={comment.id} className="govuk-!-margin-bottom-4">
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                    {comment.clauseId ? (
                      <Link className="govuk-link" to={`${base}/clauses/${encodeURIComponent(comment.clauseId)}`}>
                        {comment.clause}
                      </Link>
                    ) : (
                      comment.clause
                    )}
                  </p>
                  <p className="govuk-body govuk-!-margin-bottom-1">{comment.text}</p>
                  <p className="govuk-body-s govuk-!-margin-bottom-0">
                    {comment.author}, {formatDateTime(comment.at)}
                  </p>
                </li>
              ))}
            </ul>
            {actions.canReadReview ? (
              <p className="govuk-body">
                <Link className="govuk-notification-banner__link" to={`${base}/review#earlier-comments`}>
                  Mark comments as resolved on the legal review page
                </Link>
              </p>
            ) : null}
          </div>
        </div>
      ) : null}

      <h2 className="govuk-heading-m">What you can do</h2>
      <div className="govuk-button-group">
        {actions.transitions.map((transition) => (
          <AppForm key={transition.to}>
            <input type="hidden" name="to" value={transition.to} />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {transition.label}
            </button>
          </AppForm>
        ))}
        {actions.canReview ? (
          <Link to={`${base}/review`} className="govuk-button govuk-button--secondary">
            Review the agreement
          </Link>
        ) : actions.canReadReview ? (
          <Link to={`${base}/review`} className="govuk-button govuk-button--secondary">
            See the legal review
          </Link>
        ) : null}
        {actions.canRenew ? (
          <AppForm>
            <input type="hidden" name="intent" value="renew" />
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Renew as a new draft version
            </button>
          </AppForm>
        ) : null}
        {actions.canVary ? (
          <Link to={`${base}/variations/new`} className="govuk-button govuk-button--secondary">
            Propose a variation
          </Link>
        ) : null}
      </div>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={`${base}/preview`}>
            Preview the full agreement text
          </Link>
        </li>
        {actions.canEdit ? (
          <li>
            <Link className="govuk-link" to={`${base}/parties`}>
              Change party names and notice addresses
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="govuk-link" to={`${base}/signing`}>
            Signatures and the signed agreement
          </Link>
        </li>
        <li>
          <a className="govuk-link" href={`${base}/document.pdf`} download>
            Download the agreement (PDF)
          </a>{' '}
          or{' '}
          <a className="govuk-link" href={`${base}/document.docx`} download>
            Word document (DOCX)
          </a>
        </li>
        <li>
          <Link className="govuk-link" to={`${base}/timeline`}>
            Timeline and deadlines
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={`${base}/obligations`}>
            Obligations and evidence
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={`${base}/kpis`}>
            KPI returns
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={`${base}/history`}>
            History, versions and variations
          </Link>
        </li>
      </ul>

      <h2 className="govuk-heading-m">Clauses</h2>
      {actions.canEdit ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`${base}/clauses/new`}>
            Add a clause
          </Link>
        </p>
      ) : null}
      {agreement.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h3 className="govuk-heading-s" id={`section-${section.id}`}>
            {section.heading}
          </h3>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Clauses in {section.heading}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header govuk-!-width-one-third">
                  Clause
                </th>
                <th scope="col" className="govuk-table__header govuk-!-width-one-quarter">
                  Kind
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {section.clauses.map((clause, index) => {
                const name = [clause.number, clause.heading].filter(Boolean).join(' ') || `${clause.kind} clause`
                return (
                  <tr className="govuk-table__row" key={clause.id} id={clauseAnchor(clause.id)}>
                    <td className="govuk-table__cell">
                      {name}
                      {clause.handEdited ? <span className="govuk-hint govuk-!-margin-bottom-0"> (hand-edited wording)</span> : null}
                    </td>
                    <td className="govuk-table__cell">{clause.kind}</td>
                    <td className="govuk-table__cell">
                      {actions.canEdit ? (
                        <div className="govuk-button-group govuk-!-margin-bottom-0">
                          <Link className="govuk-link" to={`${base}/clauses/${encodeURIComponent(clause.id)}`}>
                            Edit<span className="govuk-visually-hidden"> {name}</span>
                          </Link>
                          {index > 0 ? <MoveButton clauseId={clause.id} direction="up" name={name} /> : null}
                          {index < section.clauses.length - 1 ? <MoveButton clauseId={clause.id} direction="down" name={name} /> : null}
                        </div>
                      ) : null}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  )
}

function MoveButton({ clauseId, direction, name }: { clauseId: string; direction: 'up' | 'down'; name: string }) {
  return (
    <AppForm>
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="clauseId" value={clauseId} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
        Move {direction}
        <span className="govuk-visually-hidden"> {name}</span>
      </button>
    </AppForm>
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

/** The template's blanks still to fill, listed from the start so the drafter is not surprised by them at "Send to legal review". */
function StillBlank({ blanks, hrefFor }: { blanks: { path: string; message: string }[]; hrefFor: (path: string) => string }) {
  return (
    <div className="govuk-inset-text" aria-labelledby="still-blank-heading" role="region">
      <h2 className="govuk-heading-s" id="still-blank-heading">
        {blanks.length === 1 ? '1 blank to fill in before legal review' : `${blanks.length} blanks to fill in before legal review`}
      </h2>
      <ul className="govuk-list govuk-list--bullet">
        {blanks.map((blank) => (
          <li key={blank.path}>
            <Link className="govuk-link" to={hrefFor(blank.path)}>
              {blank.message}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
