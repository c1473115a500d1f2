import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { GeneralErrorBoundary } from '#app/components/error-boundary'
import { AppForm } from '#app/components/forms'
import timelineStylesHref from '#app/components/timeline/timeline.css'
import { calendarFeedUrl } from '#app/services/timeline/calendar-feed-token.server'
import { createCalendarFeed } from '#app/services/timeline/create-calendar-feed.server'
import { getCalendarFeed } from '#app/services/timeline/get-calendar-feed.server'
import { revokeCalendarFeed } from '#app/services/timeline/revoke-calendar-feed.server'
import { requireUser } from '#app/utils/auth.server'
import { readCheckedForm } from '#app/utils/csrf.server'
import { formatDate, formatDateTime } from '#app/utils/dates'
import { formFailure, withPageErrors } from '#app/utils/route-errors.server'

export const meta: MetaFunction = () => [{ title: 'Calendar subscription - SLA Register' }]

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: timelineStylesHref }]

export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    const feed = await getCalendarFeed({ actor })
    return json({
      feed: feed
        ? { createdOn: formatDate(feed.createdAt), lastFetched: feed.lastFetchedAt ? formatDateTime(feed.lastFetchedAt) : null }
        : null,
    })
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request)
  let formData: FormData | undefined
  try {
    formData = await readCheckedForm(request)
    if (formData.get('intent') === 'revoke') {
      await revokeCalendarFeed({ actor })
      return json({ ok: true as const, url: null, revoked: true })
    }
    const { token } = await createCalendarFeed({ actor })
    return json({ ok: true as const, url: calendarFeedUrl(token), revoked: false })
  } catch (error) {
    return formFailure(error, formData)
  }
}

/** A copy button only once JavaScript has loaded; without it the address is selected and copied by hand. */
function CopyButton({ text }: { text: string }) {
  const [canCopy, setCanCopy] = useState(false)
  const [copied, setCopied] = useState(false)
  useEffect(() => setCanCopy(typeof navigator !== 'undefined' && Boolean(navigator.clipboard)), [])
  if (!canCopy) return null
  return (
    <>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => navigator.clipboard.writeText(text).then(() => setCopied(true))}>
        Copy address
      </button>
      <span role="status" className="govuk-body govuk-!-margin-left-2">
        {copied ? 'Copied' : ''}
      </span>
    </>
  )
}

export default function CalendarSubscription() {
  const { feed } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const created = actionData?.ok ? actionData.url : null
  const revoked = actionData?.ok ? actionData.revoked : false
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Calendar subscription</h1>
        <p className="govuk-body">
          Subscribe in Outlook, Google Calendar or Apple Calendar to see the deadlines of every agreement you can see here:
          notice deadlines, termination dates, dispute stages, payments and reports. Your calendar app checks the address
          for changes every few hours.
        </p>
        {created ? (
          <>
            <div className="govuk-panel govuk-panel--confirmation" role="status">
              <h2 className="govuk-panel__title">Subscription address created</h2>
              <div className="govuk-panel__body">Copy it now. It will not be shown again.</div>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="feed-url">
                Subscription address
              </label>
              <input id="feed-url" className="govuk-input app-feed-url" type="text" readOnly value={created} />
            </div>
          </>
        ) : null}
        {created ? <CopyButton text={created} /> : null}
        {revoked ? (
          <div className="govuk-inset-text" role="status">
            Your subscription address has been revoked. Calendars using it stop receiving deadlines.
          </div>
        ) : null}
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Anyone with the address can read your deadlines. Do not share it. If it is shared by mistake, revoke it or
            create a new one.
          </strong>
        </div>
        <h2 className="govuk-heading-m">Your address</h2>
        {feed ? (
          <p className="govuk-body" id="feed-status">
            You have a working subscription address, created on {feed.createdOn}.{' '}
            {feed.lastFetched ? `A calendar last fetched it on ${feed.lastFetched}.` : 'No calendar has fetched it yet.'}
          </p>
        ) : (
          <p className="govuk-body" id="feed-status">
            You do not have a subscription address.
          </p>
        )}
        <div className="govuk-button-group">
          <AppForm>
            <input type="hidden" name="intent" value="create" />
            <button type="submit" className="govuk-button">
              {feed ? 'Create a new address (the old one stops working)' : 'Create a subscription address'}
            </button>
          </AppForm>
          {feed ? (
            <AppForm>
              <input type="hidden" name="intent" value="revoke" />
              <button type="submit" className="govuk-button govuk-button--warning">
                Revoke the address
              </button>
            </AppForm>
          ) : null}
        </div>
        <h2 className="govuk-heading-m">Add it to your calendar</h2>
        <h3 className="govuk-heading-s">Outlook</h3>
        <ol className="govuk-list govuk-list--number">
          <li>In Outlook on the web, open Calendar and choose Add calendar.</li>
          <li>Choose Subscribe from web, paste the address and give the calendar a name such as “SLA deadlines”.</li>
          <li>Choose Import.</li>
        </ol>
        <h3 className="govuk-heading-s">Google Calendar</h3>
        <ol className="govuk-list govuk-list--number">
          <li>On a computer, open Google Calendar. Next to Other calendars choose Add, then From URL.</li>
          <li>Paste the address and choose Add calendar.</li>
        </ol>
        <p className="govuk-body">
          To download one agreement’s deadlines once instead, use the calendar file link on that agreement’s timeline.
        </p>
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
