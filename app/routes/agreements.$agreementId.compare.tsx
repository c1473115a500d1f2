import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { WordDiff } from '#app/components/agreements/word-diff'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { compareAgreementVersions } from '#app/services/agreements/compare-agreement-versions.server'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import agreementStylesHref from '../styles/agreements.css'
import { requireUser } from '#app/utils/auth.server'
import { withPageErrors } from '#app/utils/route-errors.server'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: agreementStylesHref }]

export const meta: MetaFunction = () => [{ title: 'Compare versions - SLA Register' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const agreementId = params.agreementId ?? ''
    const url = new URL(request.url)
    const agreement = await getAgreement({ actor, agreementId })
    // Without a choice, compare this version with the one before it.
    const before = url.searchParams.get('before') || (agreement.previousVersion ? String(agreement.previousVersion) : agreementId)
    const after = url.searchParams.get('after') || agreementId
    const comparison = await compareAgreementVersions({ actor, agreementId: before, otherAgreementId: after })
    return json({ agreement: { id: agreementId, reference: agreement.reference }, comparison, showUnchanged: url.searchParams.get('show') === 'all' })
  })
}

export default function CompareVersions() {
  const { agreement, comparison, showUnchanged } = useLoaderData<typeof loader>()
  const changed = comparison.clauses.filter((clause) => clause.change !== 'unchanged')
  const shown = showUnchanged ? comparison.clauses : changed
  const query = `before=${comparison.before.id}&after=${comparison.after.id}`
  return (
    <>
      <Link to={`/agreements/${agreement.id}/history`} className="govuk-back-link">
        Back to history
      </Link>
      <span className="govuk-caption-l">{agreement.reference}</span>
      <h1 className="govuk-heading-l">
        Version {comparison.before.version} compared with version {comparison.after.version}
      </h1>
      <p className="govuk-body">
        {changed.length === 1 ? '1 clause differs' : `${changed.length} clauses differ`}. Added words are marked “added”, removed words “removed”.{' '}
        <Link className="govuk-link" to={`/agreements/${agreement.id}/compare?${query}${showUnchanged ? '' : '&show=all'}`}>
          {showUnchanged ? 'Show only clauses that differ' : 'Show every clause'}
        </Link>
      </p>
      {shown.map((clause) => (
        <section key={clause.clauseId} className="govuk-!-margin-bottom-6" aria-labelledby={`compare-${clause.clauseId}`}>
          <h2 className="govuk-heading-s" id={`compare-${clause.clauseId}`}>
            {clause.name}
            {clause.change === 'added' ? ' (new clause)' : clause.change === 'removed' ? ' (clause removed)' : clause.change === 'unchanged' ? ' (no change)' : ''}
          </h2>
          <WordDiff words={clause.words} />
        </section>
      ))}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
