// Timeline entries as an RFC 5545 calendar (the `ics` package does the escaping and line folding):
// one all-day event per entry, with a UID that stays the same each time the feed is built so
// calendar apps update events rather than duplicate them. Pure; no I/O.
import { createEvents, type DateArray, type EventAttributes } from 'ics'
import type { TimelineEntry } from '../values'
import { plusDays } from './dates'
import { formatPence } from './format'

export interface IcsAgreement {
  /** Stable id (the database id), part of every UID. */
  id: string
  /** The agreement's reference, shown in each event's title: "KCC-STLS-2026". */
  reference: string
  title: string
  /** A link to the agreement in the app. */
  url?: string
  entries: TimelineEntry[]
}

export interface BuildIcsOptions {
  calendarName: string
  agreements: IcsAgreement[]
  /** DTSTAMP of every event; pass the time the feed is built. */
  generatedAt: Date
}

function dateArray(date: string): DateArray {
  const [year, month, day] = date.split('-').map(Number)
  return [year, month, day]
}

/** FNV-1a: a short stable fingerprint of an entry's clause and label for its UID. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}

/** The same entry gets the same UID in every build; identical entries on one day are numbered. */
function uidsFor(agreement: IcsAgreement): string[] {
  const seen = new Map<string, number>()
  return agreement.entries.map((entry) => {
    const base = `${agreement.id}-${entry.key}-${entry.date}-${fingerprint(`${entry.clause}|${entry.label}`)}`
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return `${count ? `${base}-${count}` : base}@sla-timeline`
  })
}

function toEvent(agreement: IcsAgreement, entry: TimelineEntry, uid: string, timestamp: number): EventAttributes {
  const amount = entry.amount === undefined ? '' : `\nAmount: ${formatPence(entry.amount)}`
  const event: EventAttributes & { timestamp: number } = {
    uid,
    timestamp,
    start: dateArray(entry.date),
    end: dateArray(plusDays(entry.date, 1)),
    title: `${entry.label} (${agreement.reference})`,
    description: `${entry.basis}${amount}\n${agreement.title}`,
    categories: [entry.key],
    transp: 'TRANSPARENT',
    ...(agreement.url ? { url: agreement.url } : {}),
  }
  return event
}

export function buildIcs({ calendarName, agreements, generatedAt }: BuildIcsOptions): string {
  const timestamp = generatedAt.getTime()
  const events = agreements.flatMap((agreement) => {
    const uids = uidsFor(agreement)
    return agreement.entries.map((entry, index) => toEvent(agreement, entry, uids[index], timestamp))
  })
  const { error, value } = createEvents(events, { productId: '-//SLA timeline//EN', calName: calendarName })
  if (error || value === null) throw error ?? new Error('The calendar could not be built')
  return value
}
