import { accessibleBy } from '@casl/mongoose'
import { AUDIT_FILTER_PARAMETERS, ZAuditFiltersSchema, type TAuditFilters } from '#app/schemas/audit-filters'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { searchPattern } from '#app/utils/search'
import { fieldErrorsFrom } from '#app/utils/validation'
import { londonInstant, plusDays } from '#clauses/calendar/dates'
import { AuditEvent } from '#models/audit-event'
import { formatLondonTime } from '#templates/render/london-time'

/** The filters in a page's or API call's query string; a bad one is a 400 naming the parameter. */
export function parseAuditFilters(searchParams: URLSearchParams): TAuditFilters {
  const input = Object.fromEntries(AUDIT_FILTER_PARAMETERS.map((name) => [name, searchParams.get(name) ?? undefined]))
  const result = ZAuditFiltersSchema.safeParse(input)
  if (result.success) return result.data
  const fields = fieldErrorsFrom(result.error)
  const [name, message] = Object.entries(fields)[0] ?? ['query', 'Check the filters']
  throw new AppError('validation', { message: `${name}: ${message}`, details: { fields } })
}

export type TListAuditEventsOptions = {
  actor: TActor
  filters: TAuditFilters
  skip?: number
  limit: number
}

/**
 * What happened, newest first, for the authorities whose audit trail the actor may read (admins and
 * auditors of an authority). `from` and `to` are London calendar days, both included.
 */
export async function listAuditEvents({ actor, filters, skip = 0, limit }: TListAuditEventsOptions) {
  assertCan(actor, 'read', 'AuditEvent')
  const conditions: Record<string, unknown>[] = [accessibleBy(actor.ability, 'read').ofType('AuditEvent')]
  if (filters.q) {
    const words = searchPattern(filters.q)
    conditions.push({ $or: [{ summary: words }, { actorEmail: words }, { actorName: words }, { action: words }] })
  }
  if (filters.from) conditions.push({ at: { $gte: londonInstant(filters.from, '00:00') } })
  if (filters.to) conditions.push({ at: { $lt: londonInstant(plusDays(filters.to, 1), '00:00') } })
  return AuditEvent.find({ $and: conditions }).sort({ at: -1, _id: -1 }).skip(skip).limit(limit).lean()
}

/** Who did it, as the audit trail shows it: "Sam Signatory (sam@example.org)", an email, or "System". */
export function auditActorLabel(event: { actorName?: string | null; actorEmail?: string | null }) {
  if (event.actorName && event.actorEmail) return `${event.actorName} (${event.actorEmail})`
  return event.actorEmail || event.actorName || 'System'
}

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z\b/g

/** A summary with any instant written before times were put in words ("expires 2026-12-11T10:54:28.467Z") in London time. */
export function summaryInLondonTime(summary: string) {
  return summary.replace(ISO_INSTANT, (instant) => formatLondonTime(instant))
}
