import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AcademicYearForm } from '#app/components/timeline/academic-year-form'
import timelineStylesHref from '#app/components/timeline/timeline.css'
import { academicYearFromForm, yearFromSlug } from '#app/schemas/term-calendar'
import { getTermCalendarForActor } from '#app/services/timeline/get-term-calendar.server'
import { saveAcademicYear } from '#app/services/timeline/save-academic-year.server'
import { redirectWithBanner } from '#app/utils/banner.server'
import { AppError } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'

export const meta: MetaFunction = () => [{ title: 'Term dates for an academic year - SLA Register' }]

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: timelineStylesHref }]

// `/admin/term-calendars/:authorityId/new` adds a year; `/admin/term-calendars/:authorityId/2026-27` edits one.
function editedYear(slug: string | undefined) {
  return slug === 'new' ? undefined : yearFromSlug(slug ?? '')
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const calendar = await getTermCalendarForActor({ actor, authorityId: params.authorityId ?? '' })
    if (!calendar.canEdit) throw new AppError('forbidden', { message: 'You do not have permission to update TermCalendar' })
    const year = editedYear(params.year)
    const existing = year ? calendar.academicYears.find((academicYear) => academicYear.year === year) : undefined
    if (year && !existing) throw new AppError('not_found', { message: `There are no term dates for ${year}` })
    return json({
      authorityId: calendar.authorityId,
      authorityName: calendar.authorityName,
      editing: Boolean(existing),
      defaults: {
        year: existing?.year ?? '',
        terms: (existing?.terms ?? []).map((term) => ({
          name: term.name,
          season: term.season,
          start: term.start,
          end: term.end,
          halfTerm: term.halfTerm ? { start: term.halfTerm.start, end: term.halfTerm.end } : null,
        })),
      },
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const authorityId = params.authorityId ?? ''
    await saveAcademicYear({ actor, authorityId, replacesYear: editedYear(params.year), input: academicYearFromForm(formToObject(formData)) })
    return redirectWithBanner(request, `/admin/term-calendars/${authorityId}`, 'The term dates have been saved')
  } catch (error) {
    return formFailure(error, formData)
  }
}

export default function EditAcademicYear() {
  const { authorityId, authorityName, editing, defaults } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/admin/term-calendars/${authorityId}`} className="govuk-back-link">
          Back to the term dates of {authorityName}
        </Link>
        <span className="govuk-caption-l">{authorityName}</span>
        <h1 className="govuk-heading-l">{editing ? `Term dates for ${defaults.year}` : 'Add an academic year'}</h1>
        <p className="govuk-body">Dates are inclusive. A half term inside a term is left out of term-time days.</p>
        <AcademicYearForm defaults={defaults} errors={actionData?.fieldErrors} values={actionData?.values} submitLabel={editing ? 'Save term dates' : 'Add academic year'} />
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
