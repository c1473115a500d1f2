import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { clauseAnchor, problemLink } from '#app/components/agreements/problem-links'
import { ReviewBlockers } from '#app/components/agreements/review-blockers'
import { StatusTag } from '#app/components/agreements/status-tag'
import { ReferenceProblems, RemovedItems, StructureEditor } from '#app/components/agreements/structure-editor'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary } from '#app/components/forms'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { listAgreementActions } from '#app/services/agreements/list-agreement-actions.server'
import { deleteAgreementClause } from '#app/services/agreements/delete-agreement-clause.server'
import { deleteAgreementSection } from '#app/services/agreements/delete-agreement-section.server'
import { moveAgreementClause } from '#app/services/agreements/move-agreement-clause.server'
import { moveAgreementSection } from '#app/services/agreements/move-agreement-section.server'
import { restoreAgreementItem } from '#app/services/agreements/restore-agreement-item.server'
import { renewAgreement } from '#app/services/agreements/renew-agreement.server'
import { changeAgreementStatus } from '#app/services/agreements/change-agreement-status.server'
import { describeAgreementWording } from '#app/services/agreements/describe-agreement-wording.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { AGREEMENT_STATUS_LABELS } from '#models/agreement-lifecycle'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formatDate, formatDateTime } from '#app/utils/dates'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { asSubject } from '#models/access/subjects'
import { fillDetails, findBrokenCrossReferences, getClauseKind, getTemplate, renderClauseContent, renderContextOf, sectionHeading } from '#app/services/agreements/for-routes.server'
import { openingWords } from '#app/services/agreements/clause-option-name.server'
import structureStylesHref from '../styles/structure.css'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: structureStylesHref }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.agreement.reference ?? 'Agreement'} - SLA Register` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    const actions = listAgreementActions({ actor, agreement })
    const context = renderContextOf(agreement)
    const wording = describeAgreementWording(agreement)
    const clauseNames = new Map(agreement.content.sections.flatMap((section) => section.clauses.map((clause) => [clause.id, clause.number ? `Clause ${clause.number}` : clause.heading || section.heading])))
    return json({
      agreement: {
        id: String(agreement._id),
        reference: agreement.reference,
        title: agreement.title,
        template: startedFrom(agreement),
        status: agreement.status,
        version: agreement.version,
        commencesOn: agreement.commencesOn,
        endsOn: agreement.endsOn,
        parties: agreement.partyDetails.map((party) => ({ id: party.id, role: party.role, name: party.name, definedAs: party.definedAs ?? '' })),
        sections: agreement.content.sections.map((section) => ({
          id: section.id,
          kind: section.kind,
          heading: sectionHeading(section),
          clauses: section.clauses.map((clause) => ({
            id: clause.id,
            number: clause.number,
            heading: fillDetails(clause.heading, context) || openingWords(wording.clauses.get(clause.id)?.text ?? renderClauseContent(clause, context).paragraphs[0]?.text ?? ''),
            kind: getClauseKind(clause.kind)?.label ?? clause.kind,
            handEdited: wording.clauses.get(clause.id)?.source === 'hand-written',
            wording: wording.clauses.get(clause.id),
          })),
        })),
        removed: [...(agreement.removedItems ?? [])].reverse().map((item) => ({ kind: item.kind, id: item.itemId, label: item.label, removedBy: item.removedByName, removedAt: item.removedAt.toISOString() })),
        referenceProblems: findBrokenCrossReferences(agreement.content).map(({ clauseId, message }) => ({ clauseId, message })),
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
        // Before signature, what still keeps it from legal review or signature (decision record 006).
        blockers: BLOCKABLE_STATUSES.has(agreement.status) ? wording.blockers : [],
      },
      actions: {
        transitions: actions.transitions.filter((transition) => !transition.commentRequired).map(({ to, label }) => ({ to, label })),
        canEdit: actions.canEdit,
        canReview: actions.canReview,
        canReadReview: actions.canReadReview,
        canRenew: actions.canRenew,
        canVary: actions.canVary,
        canSaveAsTemplate: actor.ability.can('create', asSubject('AgreementTemplate', { _id: '', authority: agreement.authority })),
      },
      deleted: deletedNotice(new URL(request.url).searchParams.get('deleted'), agreement.removedItems ?? []),
      templateSaved: new URL(request.url).searchParams.get('template-saved'),
    })
  })
}

const BLOCKABLE_STATUSES = new Set(['draft', 'in_legal_review', 'approved'])

/** What the draft was started from: a published example, the authority's template (and version), or nothing. */
function startedFrom(agreement: { template: string; templateVersion: { version: number } | null }) {
  if (agreement.template === 'blank') return 'Blank agreement'
  if (agreement.templateVersion) return `Your authority’s template “${agreement.template}”, version ${agreement.templateVersion.version}`
  return getTemplate(agreement.template)?.title ?? agreement.template
}

/** After a deletion the page says what went, with its Undo, while it can still be restored. */
function deletedNotice(deleted: string | null, bin: Array<{ kind: string; itemId: string; label: string }>) {
  const [kind, itemId] = (deleted ?? '').split(':')
  const item = bin.find((candidate) => candidate.kind === kind && candidate.itemId === itemId)
  return item ? { kind: item.kind, id: item.itemId, label: item.label } : null
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
    if (values.intent === 'delete-clause') {
      await deleteAgreementClause({ actor, agreementId, clauseId: String(values.clauseId) })
      return redirect(`/agreements/${agreementId}?deleted=${encodeURIComponent(`clause:${String(values.clauseId)}`)}#structure`)
    }
    if (values.intent === 'move-section') {
      await moveAgreementSection({ actor, agreementId, sectionId: String(values.sectionId), input: values })
      return redirect(`/agreements/${agreementId}#section-${String(values.sectionId)}`)
    }
    if (values.intent === 'delete-section') {
      await deleteAgreementSection({ actor, agreementId, sectionId: String(values.sectionId) })
      return redirect(`/agreements/${agreementId}?deleted=${encodeURIComponent(`section:${String(values.sectionId)}`)}#structure`)
    }
    if (values.intent === 'restore') {
      const kind = values.kind === 'section' ? 'section' : 'clause'
      await restoreAgreementItem({ actor, agreementId, kind, itemId: String(values.itemId) })
      const anchor = kind === 'section' ? `section-${String(values.itemId)}` : clauseAnchor(String(values.itemId))
      return redirect(`/agreements/${agreementId}#${anchor}`)
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
  const { agreement, actions, deleted, templateSaved } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const refused = actionData?.formError ? (Object.keys(actionData.fieldErrors ?? {}).length > 0 ? actionData.fieldErrors : { form: actionData.formError }) : undefined
  const base = `/agreements/${agreement.id}`
  return (
    <>
      <Link to="/agreements" className="govuk-back-link">
        Back to agreements
      </Link>
      <ErrorSummary errors={refused} title={actionData?.formError} hrefFor={(path) => problemLink(agreement.id, agreement.sections, path)} />
      {templateSaved ? (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="template-saved-title" data-module="govuk-notification-banner">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="template-saved-title">
              Success
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">Saved as your authority’s template “{templateSaved}”.</p>
          </div>
        </div>
      ) : null}
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

      {refused ? null : <ReviewBlockers agreementId={agreement.id} sections={agreement.sections} blockers={agreement.blockers} status={agreement.status} />}

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
              Add, remove or rename parties
            </Link>
          </li>
        ) : null}
        {actions.canSaveAsTemplate ? (
          <li>
            <Link className="govuk-link" to={`${base}/save-as-template`}>
              Save as a template of your authority
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

      <h2 className="govuk-heading-m" id="structure" tabIndex={-1}>
        Clauses
      </h2>
      {deleted && actions.canEdit ? (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="deleted-banner-title" data-module="govuk-notification-banner">
          <div className="govuk-notification-banner__header">
            <h3 className="govuk-notification-banner__title" id="deleted-banner-title">
              Deleted
            </h3>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{deleted.label} was deleted.</p>
            <AppForm>
              <input type="hidden" name="intent" value="restore" />
              <input type="hidden" name="kind" value={deleted.kind} />
              <input type="hidden" name="itemId" value={deleted.id} />
              <button type="submit" className="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">
                Undo<span className="govuk-visually-hidden"> the deletion of {deleted.label}</span>
              </button>
            </AppForm>
          </div>
        </div>
      ) : null}
      <ReferenceProblems base={base} problems={agreement.referenceProblems} />
      {actions.canEdit ? (
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={`${base}/clauses/new`}>
              Add a clause
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`${base}/sections/new`}>
              Add a section, schedule or appendix
            </Link>
          </li>
        </ul>
      ) : null}
      <StructureEditor base={base} sections={agreement.sections} canEdit={actions.canEdit} />
      {actions.canEdit ? <RemovedItems items={agreement.removed} /> : null}
    </>
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
