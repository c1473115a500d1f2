import { accessibleBy } from '@casl/mongoose'
import { auditActorLabel, summaryInLondonTime } from '#app/services/list-audit-events.server'
import { type TActor } from '#app/utils/actor.server'
import { formatDateTime } from '#app/utils/dates'
import { londonInstant, plusDays } from '#clauses/calendar/dates'
import { type IsoDate } from '#clauses/values'
import { AuditEvent } from '#models/audit-event'
import { londonDate, workQueue, type TWorkItem } from './work-queue.server'

/** How far back "recent" audit activity reaches, and how many events the home page lists. */
const RECENT_DAYS = 7
const RECENT_SHOWN = 10

/** Where an audited record is read, for the record types with a page of their own. */
const SUBJECT_PAGES: Record<string, (id: string) => string> = {
  Agreement: (id) => `/agreements/${id}/history`,
  Obligation: (id) => `/compliance/obligations/${id}`,
  AgreementImport: (id) => `/imports/${id}`,
}

/** What happened in the authority in the last seven days, newest first. */
export async function recentAuditActivity(actor: TActor, today: IsoDate) {
  const filter = { $and: [accessibleBy(actor.ability, 'read').ofType('AuditEvent'), { at: { $gte: londonInstant(plusDays(today, -RECENT_DAYS), '00:00') } }] }
  const [count, events] = await Promise.all([
    AuditEvent.countDocuments(filter),
    AuditEvent.find(filter).sort({ at: -1, _id: -1 }).limit(RECENT_SHOWN).lean(),
  ])
  return workQueue({
    key: 'recent_activity',
    heading: `Audit activity in the last ${RECENT_DAYS} days`,
    empty: `Nothing has been recorded in the last ${RECENT_DAYS} days.`,
    count,
    items: events.map((event): TWorkItem => ({
      href: (event.subject && SUBJECT_PAGES[event.subject.type]?.(event.subject.id)) || '/audit',
      title: summaryInLondonTime(event.summary),
      reason: `By ${auditActorLabel(event)}`,
      date: londonDate(event.at),
      when: formatDateTime(event.at),
    })),
    moreHref: '/audit',
  })
}

/** The auditor's downloads: the whole audit trail, every obligation and every KPI return, as CSV. */
export const AUDITOR_EXPORTS: ReadonlyArray<{ label: string; href: string }> = [
  { label: 'Audit trail (CSV)', href: '/audit.csv' },
  { label: 'Obligations (CSV)', href: '/compliance/obligations.csv' },
  { label: 'KPI returns (CSV)', href: '/compliance/kpis.csv' },
]
