import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { TemplateChoice } from '#app/components/agreements/template-choice'
import { AppForm, ErrorSummary, FieldMessages, Select, TextInput, describedBy, keptValue } from '#app/components/forms'
import { createAgreement } from '#app/services/agreements/create-agreement.server'
import { listTemplates, type TTemplateListing } from '#app/services/agreements/list-templates.server'
import { listOrganisations } from '#app/services/list-organisations.server'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formatDate } from '#app/utils/dates'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'Draft an agreement - SLA Register' }]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    assertCan(actor, 'create', 'Agreement')
    const authorityIds = new Set(actor.memberships.filter((membership) => membership.role === 'commissioner').map((membership) => membership.authorityId))
    const organisations = (await listOrganisations({ actor })).filter(
      (organisation) => organisation.parentAuthority && authorityIds.has(String(organisation.parentAuthority)),
    )
    const option = (organisation: (typeof organisations)[number]) => ({ value: String(organisation._id), label: organisation.name })
    const templates = await listTemplates({ actor })
    const several = new Set(templates.filter((entry) => entry.source === 'authority').map((entry) => entry.authorityId)).size > 1
    const byOwn = (entry: TTemplateListing) => ({
      key: entry.key,
      title: several ? `${entry.title} (${entry.authorityName})` : entry.title,
      description: `${entry.description ? `${entry.description} ` : ''}Version ${entry.version}, saved by ${entry.savedBy} on ${formatDate(entry.savedAt ?? '')}.`,
    })
    return json({
      templateGroups: [
        { legend: 'A blank agreement', options: templates.filter((entry) => entry.source === 'blank').map(({ key, title, description }) => ({ key, title, description })) },
        { legend: 'Your authority’s templates', hint: 'Saved from your authority’s own agreements; the latest version is used.', options: templates.filter((entry) => entry.source === 'authority').map(byOwn) },
        {
          legend: 'Published examples from named councils',
          hint: 'Built from real agreements other councils published. Check every clause against your own policy before use.',
          options: templates.filter((entry) => entry.source === 'published').map(({ key, title, description, authorityName }) => ({ key, title, description, note: `Example: ${authorityName}` })),
        },
      ],
      // A school can be the counterparty too: the STLS host school's governing body, Nottingham's responsible body.
      counterparties: organisations.map(option),
      schools: organisations.filter((organisation) => organisation.kind === 'school').map(option),
      // Leicestershire SEIP's Appendix A areas, offered only to an authority that is offered a template made for one.
      partnerships: [...new Set(templates.flatMap((entry) => entry.partnerships ?? []))].map((area) => ({ value: area, label: area })),
      template: new URL(request.url).searchParams.get('template') ?? '',
    })
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const values = formToObject(formData)
    const agreement = await createAgreement({
      actor,
      input: { ...values, commencesOn: dateFrom(values, 'commencesOn'), endsOn: dateFrom(values, 'endsOn') },
    })
    return redirect(`/agreements/${String(agreement._id)}`)
  } catch (error) {
    return formFailure(error, formData)
  }
}

/** GOV.UK date inputs post day, month and year separately; the services take YYYY-MM-DD. */
function dateFrom(values: Record<string, string | string[]>, name: string) {
  const part = (suffix: string) => String(values[`${name}-${suffix}`] ?? '').trim()
  const [day, month, year] = [part('day'), part('month'), part('year')]
  if (!day && !month && !year) return undefined
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}

export default function NewAgreement() {
  const { templateGroups, counterparties, schools, partnerships, template } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  const values = actionData?.values
  const chosen = (name: string) => [values?.[name] ?? []].flat()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/agreements" className="govuk-back-link">
          Back to agreements
        </Link>
        <h1 className="govuk-heading-l">Draft an agreement</h1>
        <ErrorSummary errors={errors} />
        <AppForm>
          <TemplateChoice groups={templateGroups} chosen={keptValue(values, 'template', template)} error={errors?.template} />
          <TextInput name="title" label="Title (optional)" hint="Leave blank to use the template’s title, or “Service Level Agreement” for a blank agreement." defaultValue={keptValue(values, 'title')} error={errors?.title} />
          <DateInput name="commencesOn" legend="Commencement date (optional)" values={values} error={errors?.commencesOn} />
          <DateInput name="endsOn" legend="End date (optional)" hint="Leave blank where the template gives a duration, such as three full calendar years." values={values} error={errors?.endsOn} />
          <Checkboxes name="parties" legend="Counterparty" hint="The provider, lead school or responsible body the agreement is with." options={counterparties} checked={chosen('parties')} error={errors?.parties} />
          {schools.length > 0 ? (
            <Checkboxes name="memberSchools" legend="Member schools (optional)" hint="Only for a partnership memorandum, such as the Leicestershire SEIP MOU." options={schools} checked={chosen('memberSchools')} error={errors?.memberSchools} />
          ) : null}
          {partnerships.length > 0 ? (
            <Select
              name="partnership"
              label="Partnership area (optional)"
              hint="Only for the Leicestershire SEIP agreement and its memorandum: names the partnership and lists its schools from Schedule 2, Appendix A."
              options={partnerships}
              placeholder="None"
              defaultValue={keptValue(values, 'partnership')}
              error={errors?.partnership}
            />
          ) : null}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Create draft
          </button>
        </AppForm>
      </div>
    </div>
  )
}

function DateInput({ name, legend, hint, values, error }: { name: string; legend: string; hint?: string; values?: Record<string, string | string[]>; error?: string }) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined
  const parts = [
    { suffix: 'day', label: 'Day', width: 2 },
    { suffix: 'month', label: 'Month', width: 2 },
    { suffix: 'year', label: 'Year', width: 4 },
  ]
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy} id={name}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={`${name}-hint`} className="govuk-hint">
          {hint ?? 'For example, 1 9 2026'}
        </div>
        {error ? (
          <p id={`${name}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-date-input">
          {parts.map((part) => (
            <div className="govuk-date-input__item" key={part.suffix}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${name}-${part.suffix}`}>
                  {part.label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${part.width}${error ? ' govuk-input--error' : ''}`}
                  id={`${name}-${part.suffix}`}
                  name={`${name}-${part.suffix}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={keptValue(values, `${name}-${part.suffix}`)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}

function Checkboxes({ name, legend, hint, options, checked, error }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[]; checked: string[]; error?: string }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" id={name} aria-describedby={describedBy({ name, hint, error })}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldMessages id={name} hint={hint} error={error} />
        {options.length === 0 ? (
          <p className="govuk-body">There are no organisations of this kind yet.</p>
        ) : (
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            {options.map((option, index) => (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input className="govuk-checkboxes__input" id={`${name}-${index}`} name={name} type="checkbox" value={option.value} defaultChecked={checked.includes(option.value)} />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`${name}-${index}`}>
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        )}
      </fieldset>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
