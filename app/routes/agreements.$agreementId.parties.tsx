import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary, TextInput, Textarea, keptValue } from '#app/components/forms'
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

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    assertCan(actor, 'update', agreementSubject(agreement))
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference, title: agreement.title },
      parties: agreement.partyDetails.map((party) => ({
        role: roleName(party.role).replace(/^the /, ''),
        definedAs: party.definedAs ?? '',
        name: party.name,
        noticeAddress: party.noticeAddress ?? '',
      })),
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  const agreementId = params.agreementId ?? ''
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const partyDetails = formRows(formToObject(formData), 'partyDetails', ['name', 'noticeAddress'])
    await updateAgreementParties({ actor, agreementId, input: { partyDetails } })
    return redirectWithBanner(request, `/agreements/${agreementId}`, 'The parties’ names and notice addresses have been saved')
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function AgreementParties() {
  const { agreement, parties } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors
  const values = actionData?.values
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/agreements/${agreement.id}`} className="govuk-back-link">
          Back to {agreement.reference}
        </Link>
        <span className="govuk-caption-l">{agreement.reference}</span>
        <h1 className="govuk-heading-l">Parties</h1>
        <ErrorSummary errors={errors} />
        <AppForm>
          {parties.map((party, index) => (
            <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={index}>
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
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save parties
          </button>
        </AppForm>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
