import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { WordDiff } from '#app/components/agreements/word-diff'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, TextInput, keptValue } from '#app/components/forms'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { recordVariationAgreement } from '#app/services/agreements/record-variation-agreement.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { AppError } from '#app/utils/app-error'
import agreementStylesHref from '../styles/agreements.css'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formatDate } from '#app/utils/dates'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { formRows } from '#app/schemas/form-rows'
import { describeVariation } from '#app/services/agreements/describe-variation.server'
import { agreementSubject } from '#app/services/agreements/for-routes.server'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: agreementStylesHref }]

export const meta: MetaFunction = () => [{ title: 'Variation - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    const variation = agreement.variations.find((candidate) => String(candidate._id) === params.variationId)
    if (!variation) throw new AppError('not_found', { message: 'Variation not found' })
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference, version: agreement.version },
      variation: {
        summary: variation.summary,
        status: variation.status,
        proposedBy: variation.proposedByName,
        proposedAt: variation.proposedAt.toISOString(),
        agreedBy: variation.agreedBy,
        resultingVersion: variation.resultingVersion ? String(variation.resultingVersion) : null,
        clauses: describeVariation({ agreement, variation }),
      },
      parties: agreement.partyDetails.filter((party) => party.role !== 'member_school').map((party) => ({ id: party.id, name: party.name || party.definedAs || party.id })),
      canRecord: variation.status === 'proposed' && actor.ability.can('vary', agreementSubject(agreement)),
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  const agreementId = params.agreementId ?? ''
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const rows = formRows(formToObject(formData), 'signatures', ['party', 'name', 'title', 'on-year', 'on-month', 'on-day'])
    const signatures = rows.map((row) => ({
      party: row.party.trim(),
      name: row.name.trim(),
      title: row.title.trim(),
      on: `${row['on-year'].trim()}-${row['on-month'].trim().padStart(2, '0')}-${row['on-day'].trim().padStart(2, '0')}`,
    }))
    const newVersion = await recordVariationAgreement({ actor, agreementId, variationId: params.variationId ?? '', input: { signatures } })
    return redirectWithBanner(request, `/agreements/${String(newVersion._id)}`, `The variation is agreed: this is version ${newVersion.version}`)
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function VariationPage() {
  const { agreement, variation, parties, canRecord } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  const values = actionData?.values
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/agreements/${agreement.id}/history`} className="govuk-back-link">
          Back to history
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">
          {agreement.reference}, version {agreement.version}
        </span>
        <h1 className="govuk-heading-l">Variation: {variation.summary}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Proposed</dt>
            <dd className="govuk-summary-list__value">
              By {variation.proposedBy} on {formatDate(variation.proposedAt)}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Clauses changed</dt>
            <dd className="govuk-summary-list__value">{variation.clauses.map((clause) => clause.name).join(', ')}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Status</dt>
            <dd className="govuk-summary-list__value">
              {variation.status === 'agreed' ? 'Agreed in writing by every party' : variation.status === 'withdrawn' ? 'Withdrawn' : 'Proposed, waiting for written agreement'}
            </dd>
          </div>
          {variation.agreedBy.map((signature) => (
            <div className="govuk-summary-list__row" key={signature.party}>
              <dt className="govuk-summary-list__key">Signed for {parties.find((party) => party.id === signature.party)?.name ?? signature.party}</dt>
              <dd className="govuk-summary-list__value">
                {signature.name}, {signature.title}, on {formatDate(signature.on)}
              </dd>
            </div>
          ))}
        </dl>
        {variation.status === 'proposed' ? (
          <>
            <h2 className="govuk-heading-m">What changes</h2>
            {variation.clauses.map((clause) => (
              <section key={clause.clauseId} aria-labelledby={`change-${clause.clauseId}`}>
                <h3 className="govuk-heading-s" id={`change-${clause.clauseId}`}>
                  {clause.name}
                </h3>
                <WordDiff words={clause.words} />
              </section>
            ))}
          </>
        ) : null}
        {variation.resultingVersion ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/agreements/${variation.resultingVersion}`}>
              See version {agreement.version + 1}, made by this variation
            </Link>{' '}
            or{' '}
            <Link className="govuk-link" to={`/agreements/${variation.resultingVersion}/compare`}>
              compare it with version {agreement.version}
            </Link>
          </p>
        ) : null}
        {canRecord ? (
          <>
            <h2 className="govuk-heading-m">Record the parties’ written agreement</h2>
            <p className="govuk-body">Record who signed the variation for each party. Once saved, the variation makes a new version of the agreement and this version is superseded.</p>
            <AppForm>
              {parties.map((party, index) => (
                <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={party.id}>
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Signed for {party.name}</legend>
                  <input type="hidden" name={`signatures.${index}.party`} value={party.id} />
                  <TextInput name={`signatures.${index}.name`} label="Name" defaultValue={keptValue(values, `signatures.${index}.name`)} error={errors?.[`signatures.${index}.name`]} />
                  <TextInput name={`signatures.${index}.title`} label="Job title" defaultValue={keptValue(values, `signatures.${index}.title`)} error={errors?.[`signatures.${index}.title`]} />
                  <SignedOn index={index} values={values} error={errors?.[`signatures.${index}.on`]} />
                </fieldset>
              ))}
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Record written agreement
              </button>
            </AppForm>
          </>
        ) : null}
      </div>
    </div>
  )
}

function SignedOn({ index, values, error }: { index: number; values?: Record<string, string | string[]>; error?: string }) {
  const name = `signatures.${index}.on`
  const id = name.replace(/\./g, '-')
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" id={id} aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
        <legend className="govuk-fieldset__legend">Date signed</legend>
        <div className="govuk-hint" id={`${id}-hint`}>
          For example, 23 11 2026
        </div>
        {error ? (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-date-input">
          {(['day', 'month', 'year'] as const).map((part) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {part.charAt(0).toUpperCase() + part.slice(1)}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${part === 'year' ? 4 : 2}${error ? ' govuk-input--error' : ''}`}
                  id={`${id}-${part}`}
                  name={`${name}-${part}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={keptValue(values, `${name}-${part}`)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
