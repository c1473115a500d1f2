import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { ClauseEditor, type TClauseEditorValues } from '#app/components/agreements/clause-editor'
import { ClauseWordingNotes, type TClauseWordingSummary } from '#app/components/agreements/clause-wording-tags'
import { readClauseForm } from '#app/components/agreements/clause-shape'
import { clauseAnchor } from '#app/components/agreements/problem-links'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { describeAgreementWording } from '#app/services/agreements/describe-agreement-wording.server'
import { describeClauseKind } from '#app/services/agreements/describe-clause-kind.server'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { updateAgreementClause } from '#app/services/agreements/update-agreement-clause.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { AppError, isAppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { asErrorResponse, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { agreementSubject, fillDetails, findClause, partiesOf, renderClauseContent, renderContextOf } from '#app/services/agreements/for-routes.server'

export const meta: MetaFunction = () => [{ title: 'Edit a clause - SLA Register' }]

async function loadClause(request: Request, agreementId: string, clauseId: string) {
  const actor = await requireUser(request)
  const agreement = await getAgreement({ actor, agreementId })
  assertCan(actor, 'update', agreementSubject(agreement))
  const located = findClause(agreement.content, clauseId)
  const kind = located ? describeClauseKind(located.clause.kind) : undefined
  if (!located || !kind) throw new AppError('not_found', { message: 'Clause not found in this agreement' })
  return { actor, agreement, located, kind }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const { agreement, located, kind } = await loadClause(request, params.agreementId ?? '', params.clauseId ?? '')
    const { clause } = located
    const parties = partiesOf(agreement)
    const context = renderContextOf(agreement)
    const generated = renderClauseContent(clause, context)
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference },
      wording: describeAgreementWording(agreement).clauses.get(clause.id),
      partySlots: parties.flatMap((party) => [
        { slot: `{{party.${party.id}.name}}`, label: `Name of ${party.definedAs ?? party.role.replace('_', ' ')}` },
        { slot: `{{party.${party.id}.noticeAddress}}`, label: `Address of ${party.definedAs ?? party.role.replace('_', ' ')}` },
      ]),
      section: located.section.heading,
      // The page's title as the document prints the heading: "2 Hinckley and Bosworth SEIP’s work with pupils …".
      title: [clause.number, fillDetails(clause.heading, context)].filter(Boolean).join(' '),
      clause: { id: clause.id, number: clause.number, heading: clause.heading, params: clause.params as unknown, text: clause.text, requiredFields: clause.requiredFields ?? [] },
      kind,
      generatedText: generated.paragraphs.map((paragraph) => (paragraph.label ? `${paragraph.label} ${paragraph.text}` : paragraph.text)).join('\n\n'),
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const agreementId = params.agreementId ?? ''
  const clauseId = params.clauseId ?? ''
  try {
    const { actor, kind } = await loadClause(request, agreementId, clauseId)
    const formData = await readCheckedForm(request)
    const { rowIntent, input } = readClauseForm(kind.shape, formToObject(formData))
    // Adding or removing a row redraws the form with what was typed; nothing is saved until "Save clause".
    if (rowIntent) return json({ values: input, fieldErrors: {} as Record<string, string> })
    try {
      await updateAgreementClause({ actor, agreementId, clauseId, input: { ...input, confirmProposals: formToObject(formData).confirmProposals } })
    } catch (error) {
      if (isAppError(error) && error.code === 'validation') return json({ values: input, fieldErrors: error.fieldErrors }, { status: 400 })
      throw error
    }
    return redirectWithBanner(request, `/agreements/${agreementId}#${clauseAnchor(clauseId)}`, 'The clause has been saved')
  } catch (error) {
    throw asErrorResponse(error)
  }
}

export default function EditClause() {
  const { agreement, section, title, clause, kind, generatedText, wording, partySlots } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const name = title || kind.label
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/agreements/${agreement.id}#${clauseAnchor(clause.id)}`} className="govuk-back-link">
          Back to {agreement.reference}
        </Link>
        <span className="govuk-caption-l">
          {agreement.reference}: {section}
        </span>
        <h1 className="govuk-heading-l">Edit {name}</h1>
        <p className="govuk-body">
          {kind.label}: {kind.description}
        </p>
        <ClauseEditor
          shape={kind.shape}
          labels={kind.labels}
          values={(actionData?.values as TClauseEditorValues | undefined) ?? { params: clause.params, heading: clause.heading, number: clause.number, text: clause.text }}
          errors={actionData?.fieldErrors ?? {}}
          generatedText={generatedText}
          required={clause.requiredFields}
          submitLabel="Save clause"
          aboutWording={<AboutWording wording={wording} slots={[...kind.slots, ...partySlots]} wordingHref={`/agreements/${agreement.id}/clauses/${encodeURIComponent(clause.id)}/wording`} />}
        />
      </div>
    </div>
  )
}

/** What the wording check found, the template's proposals to confirm and the slots the wording may use. */
function AboutWording({ wording, slots, wordingHref }: { wording: TClauseWordingSummary | undefined; slots: Array<{ slot: string; label: string }>; wordingHref: string }) {
  return (
    <>
      <ClauseWordingNotes wording={wording} wordingHref={wordingHref} />
      {wording && wording.proposals.length > 0 ? (
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset" aria-describedby="confirm-proposals-hint">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Proposed values</legend>
            <div id="confirm-proposals-hint" className="govuk-hint">
              The template proposes these values; the agreement it comes from does not state them. Confirm each as agreed, or change it
              above.
            </div>
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              {wording.proposals.map((proposal, index) => (
                <div className="govuk-checkboxes__item" key={proposal.path}>
                  <input className="govuk-checkboxes__input" id={`confirm-proposal-${index}`} name="confirmProposals" type="checkbox" value={proposal.path} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`confirm-proposal-${index}`}>
                    Confirm {proposal.label.toLowerCase()} “{proposal.value}” as agreed
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      ) : null}
      {slots.length > 0 ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Values you can write into the wording</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">
              Add “|words” for words (“six months”), “|words-figures” for both (“twenty one (21) days”) or “|ordinal” for “20th”.
            </p>
            <dl className="govuk-summary-list govuk-summary-list--no-border">
              {slots.map((slot) => (
                <div className="govuk-summary-list__row" key={slot.slot}>
                  <dt className="govuk-summary-list__key">
                    <code>{slot.slot}</code>
                  </dt>
                  <dd className="govuk-summary-list__value">{slot.label}</dd>
                </div>
              ))}
            </dl>
          </div>
        </details>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
