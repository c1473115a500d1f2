import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { pageFrom } from '#app/components/pagination'
import { listAuditEvents, parseAuditFilters } from '#app/services/list-audit-events.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

const EVENTS_PER_PAGE = 100

/** `GET /api/v1/audit-events[?q=&from=YYYY-MM-DD&to=YYYY-MM-DD&page=N]`: the audit trail, newest first, a page at a time. */
export async function loader({ request }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const { searchParams } = new URL(request.url)
    const filters = parseAuditFilters(searchParams)
    const page = pageFrom(searchParams)
    const events = await listAuditEvents({ actor, filters, skip: (page - 1) * EVENTS_PER_PAGE, limit: EVENTS_PER_PAGE + 1 })
    return json({
      page,
      hasNextPage: events.length > EVENTS_PER_PAGE,
      events: events.slice(0, EVENTS_PER_PAGE).map((event) => ({
        at: event.at.toISOString(),
        actorEmail: event.actorEmail || null,
        actorName: event.actorName || null,
        action: event.action,
        summary: event.summary,
        subject: event.subject,
      })),
    })
  })
}

export const action = methodNotAllowed('GET')
