import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, Select, TextInput, Textarea, keptValue } from '#app/components/forms'
import { addAgreementParty } from '#app/services/agreements/add-agreement-party.server'
import { removeAgreementParty } from '#app/services/agreements/remove-agreement-party.server'
import { listOrganisations } from '#app/services/list-organisations.server'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { updateAgreementParties } from '#app/services/agreements/update-agreement-parties.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { formRows } from '#app/schemas/form-rows'
import { roleName } from '#clauses/party'
import { agreementSubject } from '#app/services/agreements/for-routes.server'

export const meta: MetaFunction = () => [{ title: 'Parties - SLA Register' }]

const ROLE_OPTIONS = [
  { value: 'provider', label: 'Provider (management committee or trust)' },
  { value: 'governing_body', label: 'Governing body of a school' },
  { value: 'responsible_body', label: 'Responsible body' },
  { value: 'lead_school', label: 'Lead school' },
  { value: 'member_school', label: 'Member school' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    assertCan(actor, 'update', agreementSubject(agreement))
    const organisations = (await listOrganisations({ actor })).filter((organisation) => String(organisation.parentAuthority) === String(agreement.authority))
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference, title: agreement.title },
      organisations: organisations.map((organisation) => ({ value: String(organisation._id), label: organisation.name })),
      parties: agreement.partyDetails.map((party) => ({
        id: party.id,
        removable: party.role !== 'authority' && agreement.partyDetails.length > 2,
        role: roleName(party.role).replace(/^the /, ''),
        definedAs: party.definedAs ?? '',
        name: party.name,
        noticeAddress: party.noticeAddress ?? '',
      })),
      details: agreement.content.details ?? [],
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  const agreementId = params.agreementId ?? ''
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const values = formToObject(formData)
    if (values.intent === 'add') {
      const { partyId } = await addAgreementParty({ actor, agreementId, input: values })
      return redirectWithBanner(request, `/agreements/${agreementId}/parties#party-${partyId}`, 'The party has been added')
    }
    if (values.intent === 'remove') {
      await removeAgreementParty({ actor, agreementId, partyId: String(values.partyId) })
      return redirectWithBanner(request, `/agreements/${agreementId}/parties`, 'The party has been removed')
    }
    const partyDetails = formRows(values, 'partyDetails', ['name', 'noticeAddress'])
    const details = Object.fromEntries(Object.entries(values).flatMap(([name, value]) => (name.startsWith('details.') ? [[name.slice('details.'.length), String(value)]] : [])))
    await updateAgreementParties({ actor, agreementId, input: { partyDetails, details } })
    return redirectWithBanner(request, `/agreements/${agreementId}`, 'The parties’ names and notice addresses have been saved')
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function AgreementParties() {
  const { agreement, parties, details, organisations } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  const values = actionData?.values
  // The page has two forms: errors go to the one that was sent.
  const adding = values?.intent === 'add'
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/agreements/${agreement.id}`} className="govuk-back-link">
          Back to {agreement.reference}
        </Link>
        <span className="govuk-caption-l">{agreement.reference}</span>
        <h1 className="govuk-heading-l">{details.length > 0 ? 'Parties and details' : 'Parties'}</h1>
        <ErrorSummary errors={errors} />
        <p className="govuk-body">
          Each party’s name and address as the agreement gives them. <a className="govuk-link" href="#add-party">Add a party</a>
        </p>
        <AppForm>
          {parties.map((party, index) => (
            <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={party.id} id={`party-${party.id}`}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                {party.role.charAt(0).toUpperCase() + party.role.slice(1)}
                {party.definedAs ? ` (${party.definedAs})` : ''}
              </legend>
              <TextInput
                name={`partyDetails.${index}.name`}
                label="Full name"
                defaultValue={keptValue(values, `partyDetails.${index}.name`, party.name)}
                error={errors?.[`partyDetails.${index}.name`]}
              />
              <Textarea
                name={`partyDetails.${index}.noticeAddress`}
                label="Address for notices (optional)"
                rows={3}
                defaultValue={keptValue(values, `partyDetails.${index}.noticeAddress`, party.noticeAddress)}
                error={errors?.[`partyDetails.${index}.noticeAddress`]}
              />
            </fieldset>
          ))}
          {details.length > 0 ? (
            <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Details the wording refers to</legend>
              {details.map((detail) => (
                <TextInput
                  key={detail.key}
                  name={`details.${detail.key}`}
                  label={detail.label}
                  hint="Written into every clause that names it."
                  defaultValue={keptValue(values, `details.${detail.key}`, detail.value)}
                  error={errors?.[`details.${detail.key}`]}
                />
              ))}
            </fieldset>
          ) : null}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {details.length > 0 ? 'Save parties and details' : 'Save parties'}
          </button>
        </AppForm>
        {parties.some((party) => party.removable) ? (
          <>
            <h2 className="govuk-heading-m">Remove a party</h2>
            <p className="govuk-body">Removing a party takes it out of the parties clause and the signature blocks. A party another clause names cannot be removed until that clause changes.</p>
            <ul className="govuk-list">
              {parties
                .filter((party) => party.removable)
                .map((party) => (
                  <li key={party.id}>
                    <AppForm>
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="partyId" value={party.id} />
                      <button type="submit" className="govuk-button govuk-button--warning govuk-!-margin-bottom-2" data-module="govuk-button">
                        Remove {party.name || party.role}
                      </button>
                    </AppForm>
                  </li>
                ))}
            </ul>
          </>
        ) : null}
        <h2 className="govuk-heading-m" id="add-party">
          Add a party
        </h2>
        <AppForm>
          <input type="hidden" name="intent" value="add" />
          <Select name="role" label="Role" options={ROLE_OPTIONS} placeholder="Choose a role" defaultValue={adding ? keptValue(values, 'role') : ''} error={adding ? errors?.role : undefined} />
          <TextInput name="name" label="Full name" hint="For example, The Governing Body of Ashford Oaks Primary School." defaultValue={adding ? keptValue(values, 'name') : ''} error={adding ? errors?.name : undefined} />
          <Select
            name="organisation"
            label="Organisation (optional)"
            hint="Link one of your authority’s organisations so its users can see the agreement and sign it."
            options={organisations}
            placeholder="Not linked"
            defaultValue={adding ? keptValue(values, 'organisation') : ''}
            error={adding ? errors?.organisation : undefined}
          />
          <TextInput name="definedAs" label="How the agreement refers to it (optional)" hint="For example, the School." defaultValue={adding ? keptValue(values, 'definedAs') : ''} error={adding ? errors?.definedAs : undefined} />
          <TextInput name="signatoryRole" label="Who signs for it (optional)" hint="For example, Chair of Governors." defaultValue={adding ? keptValue(values, 'signatoryRole') : ''} error={adding ? errors?.signatoryRole : undefined} />
          <Textarea name="noticeAddress" label="Address for notices (optional)" rows={3} defaultValue={adding ? keptValue(values, 'noticeAddress') : ''} error={adding ? errors?.noticeAddress : undefined} />
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Add party
          </button>
        </AppForm>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
