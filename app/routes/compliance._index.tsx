import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { ObligationStateTag, RagTag } from '#app/components/compliance/state-tag'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { Pagination, pageFrom } from '#app/components/pagination'
import { getComplianceDashboard } from '#app/services/compliance/get-compliance-dashboard.server'
import { listNearestObligations, listObligations, todayInLondon } from '#app/services/compliance/list-obligations.server'
import { assertNotPlatformAdmin } from '#app/services/platform/platform-admin-scope.server'
import { requireUser } from '#app/utils/auth.server'
import { withPageErrors } from '#app/utils/route-errors.server'
import { formatDate } from '#clauses/calendar/format'

export const meta: MetaFunction = () => [{ title: 'Compliance - SLA Register' }]

const REMINDERS_SHOWN = 10
const DUE_PER_PAGE = 50
const AGREEMENTS_PER_PAGE = 50

const WHEN_OPTIONS = [
  { value: '', label: 'Everything still to do' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'due_soon', label: 'Due in the next 30 days' },
]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    assertNotPlatformAdmin(actor, 'obligations and KPI returns')
    const url = new URL(request.url)
    const q = url.searchParams.get('q') ?? ''
    const when = url.searchParams.get('when') ?? ''
    const today = todayInLondon()
    const isProvider = actor.memberships.every((membership) => membership.organisationId !== membership.authorityId)
    const reminders = await listNearestObligations({ actor, filters: { owedByMe: isProvider }, today, limit: REMINDERS_SHOWN })
    const reminderRows = reminders.map((obligation) => ({
      id: String(obligation._id),
      title: obligation.title,
      agreementReference: obligation.agreementReference,
      dueOn: obligation.dueOn,
      state: obligation.state,
      overdue: obligation.overdue,
    }))
    if (isProvider) {
      const page = pageFrom(url.searchParams)
      // One more than a page, to know whether there is a next one; the reminders have already made
      // sure every agreement's obligations exist.
      const due = await listObligations({ actor, filters: { owedByMe: true, q, when: when || 'outstanding' }, today, skip: (page - 1) * DUE_PER_PAGE, limit: DUE_PER_PAGE + 1, generated: true })
      return json({
        view: 'provider' as const,
        today,
        filters: { q, when },
        page,
        hasNextPage: due.length > DUE_PER_PAGE,
        reminders: reminderRows,
        due: due.slice(0, DUE_PER_PAGE).map((obligation) => ({
            id: String(obligation._id),
            title: obligation.title,
            clause: obligation.clause,
            agreementReference: obligation.agreementReference,
            dueOn: obligation.dueOn,
            state: obligation.state,
          overdue: obligation.overdue,
        })),
        agreements: [],
      })
    }
    const status = url.searchParams.get('status') ?? ''
    const page = pageFrom(url.searchParams)
    // One more than a page, to know whether there is a next one.
    const agreements = await getComplianceDashboard({ actor, today, q, status, skip: (page - 1) * AGREEMENTS_PER_PAGE, limit: AGREEMENTS_PER_PAGE + 1 })
    return json({
      view: 'commissioner' as const,
      today,
      filters: { q, when, status },
      page,
      hasNextPage: agreements.length > AGREEMENTS_PER_PAGE,
      reminders: reminderRows,
      due: [],
      agreements: agreements.slice(0, AGREEMENTS_PER_PAGE),
    })
  })
}

export default function ComplianceDashboard() {
  const data = useLoaderData<typeof loader>()
  return (
    <>
      <h1 className="govuk-heading-l">{data.view === 'provider' ? 'What is due from us' : 'Compliance'}</h1>
      <p className="govuk-body">
        Today is {formatDate(data.today)}. <a className="govuk-link" href="/compliance/obligations.csv">Download obligations (CSV)</a> ·{' '}
        <a className="govuk-link" href="/compliance/kpis.csv">Download KPI returns (CSV)</a>
      </p>
      <Form method="get" className="app-filters" role="search" aria-label="Filter">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="q">
            Search
          </label>
          <input className="govuk-input govuk-!-width-one-half" id="q" name="q" type="search" defaultValue={data.filters.q} />
        </div>
        {data.view === 'provider' ? (
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="when">
              Show
            </label>
            <select className="govuk-select" id="when" name="when" defaultValue={data.filters.when}>
              {WHEN_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="status">
              Agreements
            </label>
            <select className="govuk-select" id="status" name="status" defaultValue={data.filters.status}>
              <option value="">Active and expiring</option>
              <option value="expiring">Expiring only</option>
            </select>
          </div>
        )}
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
      </Form>
      {data.view === 'provider' ? <DueList due={data.due} page={data.page} /> : <AgreementTable agreements={data.agreements} page={data.page} />}
      <Pagination page={data.page} hasNext={data.hasNextPage} hrefFor={(page) => pageHref(data.filters, page)} />
      <Reminders reminders={data.reminders} />
    </>
  )
}

/** A page of the list with the same filters, leaving out the empty ones. */
function pageHref(filters: Record<string, string>, page: number) {
  const search = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''))
  search.set('page', String(page))
  return `?${search}`
}

type TReminder = { id: string; title: string; agreementReference: string; dueOn: string; state: string; overdue: boolean }

function Reminders({ reminders }: { reminders: TReminder[] }) {
  return (
    <section aria-labelledby="reminders-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="reminders-heading">
        Reminders: overdue and due in the next 30 days
      </h2>
      {reminders.length === 0 ? (
        <p className="govuk-body">Nothing is overdue or due in the next 30 days.</p>
      ) : (
        <>
        <p className="govuk-body">The {REMINDERS_SHOWN} nearest to today; use the filters for the rest.</p>
        <ul className="govuk-list govuk-list--bullet">
          {reminders.map((reminder) => (
            <li key={reminder.id}>
              <Link className="govuk-link" to={`/compliance/obligations/${reminder.id}`}>
                {reminder.title}
              </Link>{' '}
              ({reminder.agreementReference}) <ObligationStateTag state={reminder.state} overdue={reminder.overdue} />
            </li>
          ))}
        </ul>
        </>
      )}
    </section>
  )
}

type TDue = { id: string; title: string; clause: string; agreementReference: string; dueOn: string; state: string; overdue: boolean }

function DueList({ due, page }: { due: TDue[]; page: number }) {
  if (due.length === 0) return <p className="govuk-body">Nothing matches.</p>
  return (
    <table className="govuk-table app-table--stack">
      <caption className="govuk-table__caption govuk-table__caption--m">Due from us, by date{page > 1 ? ` (page ${page})` : ''}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Due</th>
          <th scope="col" className="govuk-table__header">Obligation</th>
          <th scope="col" className="govuk-table__header">Agreement and clause</th>
          <th scope="col" className="govuk-table__header">Status</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {due.map((obligation) => (
          <tr key={obligation.id} className="govuk-table__row">
            <td className="govuk-table__cell" data-label="Due">
              <time dateTime={obligation.dueOn}>{formatDate(obligation.dueOn)}</time>
            </td>
            <td className="govuk-table__cell" data-label="Obligation">
              <Link className="govuk-link" to={`/compliance/obligations/${obligation.id}`}>
                {obligation.title}
              </Link>
            </td>
            <td className="govuk-table__cell" data-label="Agreement and clause">
              {obligation.agreementReference}, {obligation.clause}
            </td>
            <td className="govuk-table__cell" data-label="Status">
              <ObligationStateTag state={obligation.state} overdue={obligation.overdue} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

type TAgreementRow = {
  id: string
  reference: string
  title: string
  endsOn: string | null
  counterparties: string[]
  counts: { dueSoon: number; overdue: number; returned: number; awaitingReview: number }
  kpi: { rag: 'green' | 'amber' | 'red' | null } | null
}

function AgreementTable({ agreements, page }: { agreements: TAgreementRow[]; page: number }) {
  if (agreements.length === 0) return <p className="govuk-body">No agreements in force match.</p>
  return (
    <table className="govuk-table app-table--stack">
      <caption className="govuk-table__caption govuk-table__caption--m">Agreements in force, by expiry date{page > 1 ? ` (page ${page})` : ''}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Agreement</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Due in 30 days</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Overdue</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Returned</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Awaiting review</th>
          <th scope="col" className="govuk-table__header">Latest KPI RAG</th>
          <th scope="col" className="govuk-table__header">Expires</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {agreements.map((agreement) => (
          <tr key={agreement.id} className="govuk-table__row">
            <td className="govuk-table__cell" data-label="Agreement">
              <Link className="govuk-link" to={`/agreements/${agreement.id}/obligations`}>
                {agreement.reference}
              </Link>
              <br />
              {agreement.counterparties.join(', ')}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric" data-label="Due in 30 days">{agreement.counts.dueSoon}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric" data-label="Overdue">{agreement.counts.overdue}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric" data-label="Returned">{agreement.counts.returned}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric" data-label="Awaiting review">{agreement.counts.awaitingReview}</td>
            <td className="govuk-table__cell" data-label="Latest KPI RAG">
              <RagTag rag={agreement.kpi?.rag} />
            </td>
            <td className="govuk-table__cell" data-label="Expires">{agreement.endsOn ? formatDate(agreement.endsOn) : 'No end date'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
