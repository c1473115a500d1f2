import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { WorkQueueSection } from '#app/components/home/work-queue-section'
import { getWorkQueue } from '#app/services/home/get-work-queue.server'
import { ORGANISATION_KIND_LABELS } from '#models/access/organisation-kinds'
import { requireUser } from '#app/utils/auth.server'
import { formatDate } from '#app/utils/dates'
import { PLATFORM_ADMIN_HOME } from '#app/utils/platform-admin'
import { ROLE_LABELS, type TRole } from '#models/access/roles'

// What each role does here, in the words of DESIGN.md's table of users.
const ROLE_DUTIES: Record<TRole, string> = {
  admin: 'Manage the organisations and people of your authority, and their roles.',
  commissioner: 'Draft agreements from templates, send them for legal review and signature, and monitor them.',
  legal: 'Review and approve notice, termination and dispute clauses, and follow their deadlines.',
  provider: 'See your own agreements, what is due and when, and sign.',
  member_school: 'See and sign the agreements and memoranda your school is a member of.',
  auditor: 'Read everything for your authority. You cannot change anything.',
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const all = new URL(request.url).searchParams.get('all') ?? undefined
  const work = await getWorkQueue({ actor: user, all })
  return json({
    name: user.name,
    work,
    memberships: user.memberships.map((membership) => ({
      organisationName: membership.organisationName,
      organisationKind: ORGANISATION_KIND_LABELS[membership.organisationKind],
      role: membership.role,
    })),
    isPlatformAdmin: user.isPlatformAdmin,
    canManageOrganisations: user.ability.can('create', 'Organisation') && !user.isPlatformAdmin,
    canManageUsers: user.ability.can('create', 'User'),
  })
}

export default function Home() {
  const { name, work, memberships, isPlatformAdmin, canManageOrganisations, canManageUsers } = useLoaderData<typeof loader>()
  const queues = work.roles.flatMap((role) => role.queues)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Welcome, {name}</h1>
        {queues.length > 0 ? <p className="govuk-body">What is waiting for you on {formatDate(work.today)}.</p> : null}
        {queues.map((queue) => (
          <WorkQueueSection key={queue.key} queue={queue} />
        ))}
        {work.exports.length > 0 ? (
          <section className="govuk-!-margin-bottom-7" aria-labelledby="exports-heading">
            <h2 className="govuk-heading-m" id="exports-heading">
              Exports
            </h2>
            <ul className="govuk-list">
              {work.exports.map((download) => (
                <li key={download.href}>
                  <a className="govuk-link" href={download.href}>
                    {download.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <h2 className={queues.length > 0 ? 'govuk-heading-s' : 'govuk-heading-m'}>Your organisations and roles</h2>
        {isPlatformAdmin ? (
          <p className="govuk-body">
            You are the platform administrator. You{' '}
            <Link className="govuk-link" to={PLATFORM_ADMIN_HOME.href}>
              add local authorities and their first administrators
            </Link>
            , who then manage their own agreements, people and compliance. You see none of any authority’s agreements or obligations.
          </p>
        ) : memberships.length === 0 ? (
          <p className="govuk-body">You have no role yet. Ask your administrator to add you to an organisation.</p>
        ) : (
          <dl className="govuk-summary-list">
            {memberships.map((membership) => (
              <div className="govuk-summary-list__row" key={`${membership.organisationName}-${membership.role}`}>
                <dt className="govuk-summary-list__key">
                  {membership.organisationName}
                  <span className="govuk-caption-m">{membership.organisationKind}</span>
                </dt>
                <dd className="govuk-summary-list__value">
                  <strong>{ROLE_LABELS[membership.role]}</strong>
                  <p className="govuk-body govuk-!-margin-top-1 govuk-!-margin-bottom-0">{ROLE_DUTIES[membership.role]}</p>
                </dd>
              </div>
            ))}
          </dl>
        )}
        <h2 className={queues.length > 0 ? 'govuk-heading-s' : 'govuk-heading-m'}>What you can do</h2>
        <ul className="govuk-list govuk-list--bullet">
          {canManageOrganisations ? (
            <li>
              <Link className="govuk-link" to="/admin/organisations">
                Manage organisations
              </Link>
            </li>
          ) : null}
          {canManageUsers ? (
            <li>
              <Link className="govuk-link" to="/admin/users">
                Manage users and roles
              </Link>
            </li>
          ) : null}
          <li>
            <Link className="govuk-link" to="/tokens">
              Create API tokens
            </Link>{' '}
            to pull deadlines and figures into your own systems
          </li>
        </ul>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
