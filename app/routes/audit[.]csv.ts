import { type LoaderFunctionArgs } from '@remix-run/node'
import { auditActorLabel, listAuditEvents, parseAuditFilters, summaryInLondonTime } from '#app/services/list-audit-events.server'
import { toCsv } from '#app/utils/csv'
import { downloadResponse } from '#app/utils/download.server'
import { requireAbility } from '#app/utils/permissions.server'
import { withPageErrors } from '#app/utils/route-errors.server'
import { formatLondonTime } from '#templates/render/london-time'

const MOST_EVENTS = 100_000

/** The audit trail with the page's filters, as CSV: the UTC instant for sorting, London time for reading. */
export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireAbility(request, 'read', 'AuditEvent')
    const filters = parseAuditFilters(new URL(request.url).searchParams)
    const events = await listAuditEvents({ actor, filters, limit: MOST_EVENTS })
    const csv = toCsv(
      ['At (UTC)', 'London time', 'Who', 'Action', 'What happened', 'Subject', 'Subject id'],
      events.map((event) => [event.at.toISOString(), formatLondonTime(event.at), auditActorLabel(event), event.action, summaryInLondonTime(event.summary), event.subject?.type ?? '', event.subject?.id ?? '']),
    )
    return downloadResponse({ body: csv, fileName: 'audit-trail.csv', contentType: 'text/csv; charset=utf-8' })
  })
}
