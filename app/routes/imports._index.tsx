import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { ErrorSummary } from '#app/components/forms'
import { ImportUploadForm } from '#app/components/imports/import-upload-form'
import { listImports } from '#app/services/imports/list-imports.server'
import { uploadImportRequest } from '#app/services/imports/upload-import-request.server'
import { isAppError } from '#app/utils/app-error'
import { requireAbility } from '#app/utils/permissions.server'
import { formatDateTime } from '#app/utils/dates'
import { withPageErrors } from '#app/utils/route-errors.server'
import { isStalled } from '#models/agreement-import-state'

export const meta: MetaFunction = () => [{ title: 'Import an agreement - SLA Register' }]

const STATUS_LABELS = { reading: 'Being read', stalled: 'Reading stopped', ready: 'To check', failed: 'Could not be read', accepted: 'Made into an agreement', discarded: 'Discarded' }

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireAbility(request, 'read', 'AgreementImport')
    const imports = await listImports({ actor })
    const authorities = actor.memberships
      .filter((membership) => membership.role === 'commissioner' && membership.organisationId === membership.authorityId)
      .map((membership) => ({ value: membership.authorityId, label: membership.organisationName }))
    return json({
      canImport: authorities.length > 0,
      authorities,
      imports: imports.map((item) => ({
        id: String(item._id),
        file: item.file.name,
        status: STATUS_LABELS[isStalled(item) ? 'stalled' : item.status],
        by: item.createdByName,
        at: formatDateTime(item.createdAt),
      })),
    })
  })
}

/** The form posted without JavaScript: the file is kept and read while the import page shows progress. */
export async function action({ request }: ActionFunctionArgs) {
  try {
    const actor = await requireAbility(request, 'create', 'AgreementImport')
    const started = await uploadImportRequest({ actor, request, checkForm: true, waitForReading: false })
    return redirect(`/imports/${String(started._id)}`)
  } catch (error) {
    if (isAppError(error) && error.code === 'validation') return json({ fieldErrors: error.fieldErrors }, { status: 400 })
    throw error
  }
}

export default function Imports() {
  const { canImport, authorities, imports } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Import an existing agreement</h1>
        <p className="govuk-body">
          Upload an agreement your authority already has, as a Word document or a PDF with text. It is read here, on this service, and never sent anywhere else. Its sections and clauses keep their own numbers and words; the terms that drive deadlines (the term, notice periods, dispute stages, payments, reports) are proposed, each with the sentence it was read from, for you to accept, change or reject.
        </p>
        <p className="govuk-body">Nothing from an import sets a deadline or an obligation until you have accepted it and made the agreement.</p>
        {canImport ? (
          <>
            <ErrorSummary errors={actionData?.fieldErrors} />
            <ImportUploadForm errors={actionData?.fieldErrors} authorities={authorities} />
          </>
        ) : (
          <p className="govuk-inset-text">Only a commissioner of the authority can import agreements.</p>
        )}
      </div>
      <div className="govuk-grid-column-full">
        <h2 className="govuk-heading-m">Imports</h2>
        {imports.length === 0 ? (
          <p className="govuk-body">No agreements have been imported yet.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Imported files, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  File
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header">
                  Uploaded
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {imports.map((item) => (
                <tr key={item.id} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/imports/${item.id}`}>
                      {item.file}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{item.status}</td>
                  <td className="govuk-table__cell">
                    {item.at} by {item.by}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
