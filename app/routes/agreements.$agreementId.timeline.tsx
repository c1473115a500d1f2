import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { DateInput } from '#app/components/forms'
import { MonthCalendar } from '#app/components/timeline/month-calendar'
import { RecordEventForm } from '#app/components/timeline/record-event-form'
import { TermDatesLink, TimelineList, type TTermDatesLink } from '#app/components/timeline/timeline-list'
import timelineStylesHref from '#app/components/timeline/timeline.css'
import { WhatIfPanel } from '#app/components/timeline/what-if-panel'
import { EVENT_TYPE_LABELS, NOTICE_METHOD_LABELS, TIMELINE_QUERY_PARAMETERS, type TTimelineQuery } from '#app/schemas/timeline'
import { getAgreementTimeline } from '#app/services/timeline/get-agreement-timeline.server'
import { parseTimelineQuery } from '#app/services/timeline/parse-timeline-query.server'
import { recordAgreementEvent } from '#app/services/timeline/record-agreement-event.server'
import { asSubject } from '#models/access/subjects'
import { isAppError, type TFieldErrors } from '#app/utils/app-error'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'
import { formToObject } from '#app/utils/validation'
import { withJoinedDateParams } from '#app/utils/date-input'
import { londonDateAndTime } from '#clauses/calendar/dates'
import { formatDate } from '#clauses/calendar/format'

export const meta: MetaFunction = () => [{ title: 'Timeline - SLA Register' }]

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: timelineStylesHref }]

/** A bad what-if parameter is shown next to its field; the timeline is still shown without it. */
function readQuery(searchParams: URLSearchParams): { query: TTimelineQuery; errors?: TFieldErrors } {
  try {
    return { query: parseTimelineQuery(searchParams) }
  } catch (error) {
    if (isAppError(error) && error.code === 'validation') return { query: {}, errors: error.fieldErrors }
    throw error
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    // The what-if panel's and "show entries from" dates come as day, month and year boxes.
    const searchParams = withJoinedDateParams(new URL(request.url).searchParams)
    const { query, errors } = readQuery(searchParams)
    const timeline = await getAgreementTimeline({ actor, agreementId: params.agreementId ?? '', query })
    const { agreement } = timeline
    const authority = String(agreement.authority)
    const termCalendar = asSubject('TermCalendar', { _id: '', authority })
    return json({
      agreement: { id: String(agreement._id), reference: agreement.reference, title: agreement.title },
      today: londonDateAndTime(new Date()).date,
      view: searchParams.get('view') === 'calendar' ? ('calendar' as const) : ('list' as const),
      values: Object.fromEntries(TIMELINE_QUERY_PARAMETERS.map((name) => [name, searchParams.get(name) ?? ''])),
      typedDates: Object.fromEntries([...searchParams].filter(([name]) => /-(day|month|year)$/.test(name))),
      fieldErrors: errors,
      entries: timeline.entries.map((entry, index) => ({ ...entry, anchor: `entry-${index + 1}` })),
      undated: timeline.undated.filter((undated) => !undated.label.startsWith('What if')),
      whatIfEntries: timeline.whatIfEntries,
      whatIfUndated: timeline.whatIfUndated,
      hasDisputeClause: timeline.hasDisputeClause,
      events: timeline.events,
      hasTermCalendar: timeline.hasTermCalendar,
      noticeClauses: timeline.noticeClauses,
      // Authority staff read the term dates; an administrator adds them.
      termDates: actor.ability.can('read', termCalendar) ? { href: `/admin/term-calendars/${authority}`, canEdit: actor.ability.can('update', termCalendar) } : null,
      canRecordEvents: actor.ability.can('create', asSubject('AgreementEvent', { _id: '', authority, agreement: String(agreement._id) })),
    })
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    const { intent: _intent, csrf: _csrf, ...input } = formToObject(formData)
    const { event, addedEntries, undatedEntries } = await recordAgreementEvent({ actor, agreementId: params.agreementId ?? '', input })
    return json({
      ok: true as const,
      recorded: { type: EVENT_TYPE_LABELS[event.type], occurredOn: event.occurredOn, added: addedEntries.length, undated: undatedEntries.map((undated) => undated.reason) },
    })
  } catch (error) {
    return formFailure(error, formData)
  }
}

function withQuery(base: string, values: Record<string, string>, changes: Record<string, string>) {
  const search = new URLSearchParams(Object.entries({ ...values, ...changes }).filter(([, value]) => value !== ''))
  const text = search.toString()
  return text ? `${base}?${text}` : base
}

export default function AgreementTimeline() {
  const { agreement, today, view, values, typedDates, fieldErrors: errors, entries, undated, whatIfEntries, whatIfUndated, hasDisputeClause, events, hasTermCalendar, noticeClauses, termDates, canRecordEvents } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const failed = actionData && !actionData.ok ? actionData : undefined
  const recorded = actionData?.ok ? actionData.recorded : undefined
  const base = `/agreements/${agreement.id}/timeline`
  const state = { ...values, view: view === 'calendar' ? 'calendar' : '' }
  return (
    <>
      <Link to={`/agreements/${agreement.id}`} className="govuk-back-link">
        Back to {agreement.reference}
      </Link>
      <span className="govuk-caption-l">
        {agreement.reference} {agreement.title}
      </span>
      <h1 className="govuk-heading-l">Timeline and deadlines</h1>
      {recorded ? (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="recorded-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="recorded-title">
              Success
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              {recorded.type} on {formatDate(recorded.occurredOn)} recorded. It adds {recorded.added} {recorded.added === 1 ? 'entry' : 'entries'} to the timeline.
            </p>
            {recorded.undated.map((reason) => (
              <p className="govuk-body" key={reason}>
                {reason}.
              </p>
            ))}
          </div>
        </div>
      ) : null}
      {hasTermCalendar ? null : (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            The authority has no term dates yet, so deadlines counted in terms or term-time days cannot be worked out: each academic year says which below.
          </strong>
        </div>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={`${base}.ics`} download>
          Download these deadlines as a calendar file (.ics)
        </a>{' '}
        or{' '}
        <Link className="govuk-link" to="/calendar">
          subscribe to all your deadlines
        </Link>
        .
      </p>
      {/* On a phone the what-if panel comes after the whole dated list, thousands of pixels down (issue 19). */}
      <p className="govuk-body">
        <a className="govuk-link" href="#what-if-heading">
          What if notice were served or a dispute referred on a date you choose?
        </a>
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Form method="get" noValidate className="app-as-of">
            {Object.entries(state)
              .filter(([name, value]) => name !== 'asOf' && value !== '')
              .map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
            <DateInput name="asOf" legend="Show entries from" hint="For example, 1 9 2026. Leave empty to show every entry, past ones included." error={errors?.asOf} defaultValue={values.asOf} values={typedDates} />
            <button type="submit" className="govuk-button govuk-button--secondary">
              Show
            </button>
          </Form>
          <nav aria-label="Timeline views" className="govuk-!-margin-bottom-4">
            <ul className="govuk-list app-inline-list">
              <li>
                {view === 'list' ? <strong>Dated list</strong> : <Link className="govuk-link" to={withQuery(base, state, { view: '' })}>Dated list</Link>}
              </li>
              <li>
                {view === 'calendar' ? (
                  <strong>Month calendar</strong>
                ) : (
                  <Link className="govuk-link" to={withQuery(base, state, { view: 'calendar' })}>
                    Month calendar
                  </Link>
                )}
              </li>
            </ul>
          </nav>
          <h2 className="govuk-heading-m">{view === 'calendar' ? 'Month calendar' : 'Dated list'}</h2>
          {view === 'calendar' ? (
            <MonthCalendar entries={entries} today={today} listHref={withQuery(base, state, { view: '' })} />
          ) : (
            <TimelineList entries={entries} today={today} termDates={termDates} />
          )}
          <UndatedEntries undated={undated} termDates={termDates} />
        </div>
        <div className="govuk-grid-column-one-third">
          <WhatIfPanel
            values={{ ...values, ...typedDates }}
            errors={errors}
            entries={whatIfEntries}
            undated={whatIfUndated}
            hasNoticeClause={noticeClauses.length > 0}
            hasDisputeClause={hasDisputeClause}
            keep={Object.fromEntries(Object.entries({ view: state.view, asOf: values.asOf }).filter(([, value]) => value))}
          />
          <RecordedEvents events={events} />
          {canRecordEvents ? <RecordEventForm errors={failed?.fieldErrors} values={failed?.values} noticeClauses={noticeClauses} /> : null}
        </div>
      </div>
    </>
  )
}

/** What cannot be dated and why, so nothing is left out without a word. */
function UndatedEntries({ undated, termDates }: { undated: { key: string; label: string; clause: string; reason: string }[]; termDates: TTermDatesLink | null }) {
  if (undated.length === 0) return null
  return (
    <section aria-labelledby="undated-heading">
      <h2 className="govuk-heading-m" id="undated-heading">
        Dates that cannot be worked out
      </h2>
      <ul className="govuk-list govuk-list--bullet">
        {undated.map((item) => (
          <li key={`${item.key}-${item.clause}-${item.label}`}>
            <strong>{item.label}</strong>
            {item.clause ? ` (${/^\d/.test(item.clause) ? `clause ${item.clause}` : item.clause})` : ''}: {item.reason}.
            {/term dates/i.test(item.reason) ? <TermDatesLink termDates={termDates} /> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}

function RecordedEvents({ events }: { events: { type: keyof typeof EVENT_TYPE_LABELS; occurredOn: string; method?: keyof typeof NOTICE_METHOD_LABELS; time?: string; notes?: string }[] }) {
  if (events.length === 0) return null
  return (
    <section aria-labelledby="recorded-events-heading">
      <h2 className="govuk-heading-m" id="recorded-events-heading">
        Recorded events
      </h2>
      <ul className="govuk-list">
        {events.map((event, index) => (
          <li key={`${event.type}-${event.occurredOn}-${index}`}>
            <strong>{EVENT_TYPE_LABELS[event.type]}</strong> on {formatDate(event.occurredOn)}
            {event.method ? ` (${NOTICE_METHOD_LABELS[event.method].toLowerCase()}${event.time ? ` at ${event.time}` : ''})` : ''}
            {event.notes ? <span className="govuk-body-s app-block">{event.notes}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
