import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { ClauseFields } from '#app/components/agreements/clause-fields'
import { readClauseForm } from '#app/components/agreements/clause-shape'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm, ErrorSummary } from '#app/components/forms'
import { describeClauseKind } from '#app/services/agreements/describe-clause-kind.server'
import { decideProposal } from '#app/services/imports/decide-proposal.server'
import { getImport } from '#app/services/imports/get-import.server'
import { AppError, isAppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { assertCan } from '#app/utils/permissions.server'
import { asErrorResponse, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { agreementImportSubject } from '#models/agreement-import-state'

export const meta: MetaFunction = () => [{ title: 'Check a proposed term - SLA Register' }]

async function loadProposal(request: Request, importId: string, proposalId: string) {
  const actor = await requireUser(request)
  const agreementImport = await getImport({ actor, importId })
  assertCan(actor, 'update', agreementImportSubject(agreementImport))
  const proposal = agreementImport.proposals.find((candidate) => candidate.id === proposalId)
  const kind = proposal ? describeClauseKind(proposal.kind) : undefined
  if (!proposal || !kind) throw new AppError('not_found', { message: 'Proposal not found in this import' })
  return { actor, agreementImport, proposal, kind }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const { agreementImport, proposal, kind } = await loadProposal(request, params.importId ?? '', params.proposalId ?? '')
    return json({
      importId: String(agreementImport._id),
      file: agreementImport.file.name,
      proposal: { id: proposal.id, params: (proposal.editedParams ?? proposal.params) as unknown, issues: proposal.editedParams === undefined ? proposal.issues : [], facts: proposal.facts.map((fact) => ({ summary: fact.summary, quote: fact.sentence.text })) },
      kind,
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const importId = params.importId ?? ''
  const proposalId = params.proposalId ?? ''
  try {
    const { actor, kind } = await loadProposal(request, importId, proposalId)
    const formData = await readCheckedForm(request)
    const { rowIntent, input } = readClauseForm(kind.shape, formToObject(formData))
    // Adding or removing a row redraws the form with what was typed; nothing is saved until the values are accepted.
    if (rowIntent) return json({ values: input.params, fieldErrors: {} as Record<string, string> })
    try {
      await decideProposal({ actor, importId, proposalId, input: { decision: 'accepted', params: input.params } })
    } catch (error) {
      if (isAppError(error) && error.code === 'validation') return json({ values: input.params, fieldErrors: error.fieldErrors }, { status: 400 })
      throw error
    }
    return redirect(`/imports/${importId}#proposal-${proposalId}`)
  } catch (error) {
    throw asErrorResponse(error)
  }
}

export default function EditProposal() {
  const { importId, file, proposal, kind } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.fieldErrors ?? {}
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/imports/${importId}#proposal-${proposal.id}`} className="govuk-back-link">
          Back to the import
        </Link>
        <span className="govuk-caption-l">Import of {file}</span>
        <h1 className="govuk-heading-l">Check the {kind.label.toLowerCase()} terms</h1>
        <p className="govuk-body">Read from:</p>
        {proposal.facts.map((fact, index) => (
          <div key={index} className="govuk-inset-text">
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{fact.summary}</p>
            <p className="govuk-body govuk-!-margin-bottom-0">“{fact.quote}”</p>
          </div>
        ))}
        {proposal.issues.length > 0 ? <p className="govuk-body">The document does not say everything these terms need. Complete the values below: {proposal.issues.map((issue) => issue.message).join('; ')}.</p> : null}
        <ErrorSummary errors={errors} />
        <AppForm>
          <ClauseFields shape={kind.shape} value={actionData?.values ?? proposal.params} path="params" label="Values" errors={errors} labels={kind.labels} />
          <p className="govuk-body">The agreement keeps the document’s own words for this clause; these values are what its deadlines and reminders are worked from.</p>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Accept with these values
          </button>
        </AppForm>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
