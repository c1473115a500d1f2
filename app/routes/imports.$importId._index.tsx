import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import importStylesHref from '#app/components/imports/imports.css'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { CsrfInput } from '#app/components/csrf-input'
import { AppForm, ErrorSummary, TextInput, keptValue, useOwnFormAction } from '#app/components/forms'
import { ProposalCard, sourceAnchor, type TProposalView } from '#app/components/imports/proposal-card'
import { SourceDocument, type THighlight } from '#app/components/imports/source-document'
import { acceptConfidentProposals } from '#app/services/imports/accept-confident-proposals.server'
import { acceptImport } from '#app/services/imports/accept-import.server'
import { decideProposal } from '#app/services/imports/decide-proposal.server'
import { discardImport } from '#app/services/imports/discard-import.server'
import { getImport } from '#app/services/imports/get-import.server'
import { retryImport } from '#app/services/imports/retry-import.server'
import { listOrganisations } from '#app/services/list-organisations.server'
import { AppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formatDateTime } from '#app/utils/dates'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { confidenceBand } from '#clauses/import/proposal'
import { getClauseKind } from '#clauses/index'
import type { TAgreementImport } from '#models/agreement-import'
import { agreementImportSubject, isStalled } from '#models/agreement-import-state'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: importStylesHref }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.file.name ? `Import of ${data.file.name}` : 'Import'} - SLA Register` },
  // While the file is read the page refreshes itself, so the progress shows without JavaScript.
  ...(data?.status === 'reading' ? [{ httpEquiv: 'refresh', content: '1' }] : []),
]

const STAGES = { reading: 'Reading the file', structuring: 'Finding sections and clauses', recognising: 'Reading the terms' }

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreementImport = await getImport({ actor, importId: params.importId ?? '' })
    const canDecide = agreementImport.status === 'ready' && actor.ability.can('update', agreementImportSubject(agreementImport))
    const organisations = canDecide ? (await listOrganisations({ actor })).filter((organisation) => String(organisation.parentAuthority) === String(agreementImport.authority)) : []
    return json({
      id: String(agreementImport._id),
      status: isStalled(agreementImport) ? ('stalled' as const) : agreementImport.status,
      file: { name: agreementImport.file.name, kind: agreementImport.file.kind, size: agreementImport.file.size, sha256: agreementImport.file.sha256 },
      uploaded: `${formatDateTime(agreementImport.createdAt)} by ${agreementImport.createdByName}`,
      progress: { stage: STAGES[agreementImport.progress.stage], percent: Math.round(agreementImport.progress.share * 100) },
      failure: agreementImport.failure,
      title: agreementImport.title,
      agreement: agreementImport.agreement ? String(agreementImport.agreement) : null,
      inForce: agreementImport.inForce,
      warnings: agreementImport.source?.warnings ?? [],
      blocks: agreementImport.source?.blocks ?? [],
      parties: agreementImport.parties.map((party) => ({ name: party.name || '[name left blank]', definedAs: party.definedAs, role: party.role })),
      proposals: proposalViews(agreementImport),
      highlights: highlightsOf(agreementImport),
      canDecide,
      counterparties: organisations.map((organisation) => ({ value: String(organisation._id), label: organisation.name })),
    })
  })
}

function clauseNames(agreementImport: TAgreementImport) {
  const names = new Map<string, string>()
  for (const section of agreementImport.structure?.sections ?? []) {
    for (const clause of section.clauses) {
      names.set(clause.id, clause.number ? `clause ${clause.number}` : section.heading ? `"${section.heading}"` : '')
    }
  }
  return names
}

function proposalViews(agreementImport: TAgreementImport): TProposalView[] {
  const names = clauseNames(agreementImport)
  return agreementImport.proposals.map((proposal) => ({
    id: proposal.id,
    kindLabel: getClauseKind(proposal.kind)?.label ?? proposal.kind,
    clause: proposal.facts[0]?.sentence.label ? `clause ${proposal.facts[0].sentence.label}` : (names.get(proposal.clauseId) ?? ''),
    confidence: proposal.confidence,
    confidenceBand: confidenceBand(proposal.confidence),
    decision: proposal.decision,
    edited: proposal.editedParams !== undefined,
    // An edit may have completed what the document left out.
    issues: proposal.editedParams !== undefined ? [] : proposal.issues,
    facts: proposal.facts.map((fact) => ({ summary: fact.summary, quote: fact.sentence.text, anchor: sourceAnchor(fact.sentence.blockId, fact.sentence.start), typed: fact.typed !== false })),
  }))
}

function highlightsOf(agreementImport: TAgreementImport): THighlight[] {
  const seen = new Set<string>()
  return agreementImport.proposals.flatMap((proposal) =>
    proposal.facts.flatMap((fact) => {
      const anchor = sourceAnchor(fact.sentence.blockId, fact.sentence.start)
      if (seen.has(anchor)) return []
      seen.add(anchor)
      return [{ blockId: fact.sentence.blockId, start: fact.sentence.start, end: fact.sentence.end, anchor }]
    }),
  )
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  const importId = params.importId ?? ''
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const values = formToObject(formData)
    switch (values.intent) {
      case 'decide':
        await decideProposal({ actor, importId, proposalId: String(values.proposalId), input: { decision: values.decision } })
        return redirect(`/imports/${importId}#proposal-${String(values.proposalId)}`)
      case 'accept-confident':
        await acceptConfidentProposals({ actor, importId })
        return redirect(`/imports/${importId}`)
      case 'finish': {
        const agreement = await acceptImport({ actor, importId, input: values })
        return redirect(`/agreements/${String(agreement._id)}`)
      }
      case 'retry':
        await retryImport({ actor, importId })
        return redirect(`/imports/${importId}`)
      case 'discard':
        await discardImport({ actor, importId })
        return redirect('/imports')
      default:
        throw new AppError('validation', { message: 'Choose what to do with the import' })
    }
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function ImportPage() {
  const data = useLoaderData<typeof loader>()
  return (
    <>
      <Link to="/imports" className="govuk-back-link">
        Back to imports
      </Link>
      <span className="govuk-caption-l">Import of {data.file.name}</span>
      {data.status === 'reading' ? <Reading data={data} /> : null}
      {data.status === 'stalled' ? <Stalled /> : null}
      {data.status === 'failed' ? <Failed data={data} /> : null}
      {data.status === 'ready' ? <Review data={data} /> : null}
      {data.status === 'accepted' ? <Accepted data={data} /> : null}
      {data.status === 'discarded' ? <h1 className="govuk-heading-l">This import was discarded</h1> : null}
      <FileDetails data={data} />
    </>
  )
}

type TData = ReturnType<typeof useLoaderData<typeof loader>>

function Reading({ data }: { data: TData }) {
  return (
    <>
      <h1 className="govuk-heading-l">Reading the agreement</h1>
      <div className="govuk-form-group" aria-live="polite">
        <label className="govuk-label" htmlFor="import-progress">
          {data.progress.stage}: {data.progress.percent}%
        </label>
        <progress id="import-progress" max={100} value={data.progress.percent}>
          {data.progress.percent}%
        </progress>
      </div>
      <p className="govuk-body">
        This page updates itself. <Link to={`/imports/${data.id}`}>Refresh it</Link> if it does not.
      </p>
    </>
  )
}

function Stalled() {
  return (
    <>
      <h1 className="govuk-heading-l">Reading the agreement stopped</h1>
      <p className="govuk-body">The server stopped before it had finished reading the file. The file is kept; read it again.</p>
      <IntentButton intent="retry" label="Read it again" />
      <IntentButton intent="discard" label="Discard this import" secondary />
    </>
  )
}

function Failed({ data }: { data: TData }) {
  return (
    <>
      <h1 className="govuk-heading-l">The agreement could not be imported</h1>
      <div className="govuk-error-summary" data-module="govuk-error-summary">
        <div role="alert">
          <h2 className="govuk-error-summary__title">Why</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{data.failure?.message}</p>
          </div>
        </div>
      </div>
      <p className="govuk-body">
        <Link to="/imports" className="govuk-link">
          Upload another file
        </Link>
      </p>
      <IntentButton intent="discard" label="Discard this import" secondary />
    </>
  )
}

function Accepted({ data }: { data: TData }) {
  return (
    <>
      <h1 className="govuk-heading-l">This import is now an agreement</h1>
      <p className="govuk-body">
        {data.inForce ? 'It was made as an agreement signed and in force, with this file as its signed record. ' : 'It was made as a draft, to go to legal review like any other. '}
        {data.agreement ? (
          <Link className="govuk-link" to={`/agreements/${data.agreement}`}>
            Open the agreement
          </Link>
        ) : null}
      </p>
    </>
  )
}

function Review({ data }: { data: TData }) {
  const actionData = useActionData<typeof action>()
  const counts = { pending: 0, accepted: 0, rejected: 0 }
  for (const proposal of data.proposals) counts[proposal.decision] += 1
  const confident = data.proposals.filter((proposal) => proposal.decision === 'pending' && proposal.issues.length === 0 && proposal.confidenceBand === 'High').length
  const errors = actionData && 'fieldErrors' in actionData ? actionData.fieldErrors : undefined
  return (
    <>
      <h1 className="govuk-heading-l">Check the terms read from the agreement</h1>
      <ErrorSummary errors={errors && Object.keys(errors).length > 0 ? errors : actionData && 'formError' in actionData && actionData.formError ? { form: actionData.formError } : undefined} />
      <p className="govuk-body">
        {data.proposals.length} proposed terms: {counts.accepted} accepted, {counts.rejected} rejected, {counts.pending} to decide. Each shows the sentence it was read from, highlighted in the document. Whatever you do not accept stays in the agreement as the document’s own words, with no deadlines.
      </p>
      {data.warnings.map((warning) => (
        <div key={warning} className="govuk-inset-text">
          {warning}
        </div>
      ))}
      {data.canDecide && confident > 0 ? <IntentButton intent="accept-confident" label={`Accept the ${confident} proposals read with high confidence`} secondary /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">The document</h2>
          <SourceDocument blocks={data.blocks} highlights={data.highlights} />
        </div>
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">Proposed terms</h2>
          {data.proposals.length === 0 ? <p className="govuk-body">No terms were recognised; the agreement will be made from the document’s words.</p> : null}
          <ol className="app-import-proposals">
            {data.proposals.map((proposal) => (
              <ProposalCard key={proposal.id} proposal={proposal} importId={data.id} canDecide={data.canDecide} />
            ))}
          </ol>
        </div>
      </div>
      {data.canDecide ? <Finish data={data} pending={counts.pending} errors={errors} values={actionData && 'values' in actionData ? actionData.values : undefined} /> : null}
    </>
  )
}

function Finish({ data, pending, errors, values }: { data: TData; pending: number; errors?: Record<string, string>; values?: Record<string, string | string[]> }) {
  const chosen = [values?.parties ?? []].flat()
  const others = data.parties.filter((party) => party.role !== 'authority')
  return (
    <section aria-labelledby="finish-heading">
      <h2 className="govuk-heading-m" id="finish-heading">
        Make the agreement
      </h2>
      {pending > 0 ? <p className="govuk-body">{pending} proposed terms are still undecided. They will be kept as the document’s words, with no deadlines; you can type them later on the draft.</p> : null}
      <AppForm>
        <input type="hidden" name="intent" value="finish" />
        <TextInput name="title" label="Title" defaultValue={keptValue(values, 'title', data.title)} error={errors?.title} />
        <div className={`govuk-form-group${errors?.parties ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby="parties-hint" id="parties">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Counterparty</legend>
            <div id="parties-hint" className="govuk-hint">
              {others.length > 0 ? `The document names ${others.map((party) => `${party.name}${party.definedAs ? ` (“${party.definedAs}”)` : ''}`).join(' and ')}. ` : ''}
              Choose the organisation the agreement is with, in that order; its name and address go in the agreement.
            </div>
            {errors?.parties ? (
              <p id="parties-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.parties}
              </p>
            ) : null}
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              {data.counterparties.map((option) => (
                <div className="govuk-checkboxes__item" key={option.value}>
                  <input className="govuk-checkboxes__input" id={`parties-${option.value}`} name="parties" type="checkbox" value={option.value} defaultChecked={chosen.includes(option.value)} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`parties-${option.value}`}>
                    {option.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className={`govuk-form-group${errors?.inForce ? ' govuk-form-group--error' : ''}`}>
          {errors?.inForce ? (
            <p id="inForce-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errors.inForce}
            </p>
          ) : null}
          <div className="govuk-checkboxes" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id="inForce" name="inForce" type="checkbox" value="on" aria-describedby="inForce-hint" defaultChecked={values?.inForce === 'on'} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="inForce">
                This agreement is already signed by every party and in force
              </label>
              <div id="inForce-hint" className="govuk-hint govuk-checkboxes__hint">
                It becomes active at once, with this file as its signed record and no new signing; its deadlines and obligations start now. Otherwise it is made as a draft for legal review.
              </div>
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Make the agreement
        </button>
      </AppForm>
      <IntentButton intent="discard" label="Discard this import" secondary />
    </section>
  )
}

function FileDetails({ data }: { data: TData }) {
  return (
    <dl className="govuk-summary-list govuk-!-margin-top-6">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">File</dt>
        <dd className="govuk-summary-list__value">
          {data.status === 'discarded' ? (
            data.file.name
          ) : (
            <a className="govuk-link" href={`/imports/${data.id}/file`} download>
              {data.file.name}
            </a>
          )}{' '}
          ({data.file.kind.toUpperCase()}, {Math.max(1, Math.round(data.file.size / 1024))} KB)
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">SHA-256</dt>
        <dd className="govuk-summary-list__value">
          <code className="app-hash">{data.file.sha256}</code>
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Uploaded</dt>
        <dd className="govuk-summary-list__value">{data.uploaded}</dd>
      </div>
    </dl>
  )
}

function IntentButton({ intent, label, secondary }: { intent: string; label: string; secondary?: boolean }) {
  const action = useOwnFormAction()
  return (
    <Form method="post" action={action}>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`} data-module="govuk-button">
        {label}
      </button>
    </Form>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
