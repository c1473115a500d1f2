import { accessibleBy } from '@casl/mongoose'
import { type Types } from 'mongoose'
import { londonDateAndTime } from '#clauses/calendar/dates'
import { type IsoDate } from '#clauses/values'
import { type TActor } from '#app/utils/actor.server'
import { Agreement } from '#models/agreement'

/** How many items each queue lists on the home page; the rest are counted and linked. */
export const ITEMS_SHOWN = 5

/** One thing waiting for someone: where to go, what it is, why it is listed and its date in words. */
export type TWorkItem = {
  href: string
  title: string
  reason: string
  date: IsoDate | null
  /** The date in words with what it is: "Returned on 3 December 2026". */
  when: string
}

/** One queue of a home page, with the exact count of what waits and a link to the rest. */
export type TWorkQueue = {
  key: string
  heading: string
  count: number
  items: TWorkItem[]
  more: { count: number; href: string } | null
  /** What the page says when nothing waits. */
  empty: string
}

export type TQueueParts = Pick<TWorkQueue, 'key' | 'heading' | 'empty'> & { count: number; items: TWorkItem[]; moreHref: string }

export function workQueue({ key, heading, empty, count, items, moreHref }: TQueueParts): TWorkQueue {
  const left = count - items.length
  return { key, heading, empty, count, items, more: left > 0 ? { count: left, href: moreHref } : null }
}

/** The agreements the actor may read, as a query condition. */
export function readableAgreements(actor: TActor) {
  return accessibleBy(actor.ability, 'read').ofType('Agreement')
}

/** The London calendar date of an instant, or null. */
export function londonDate(instant: Date | null | undefined): IsoDate | null {
  return instant ? londonDateAndTime(new Date(instant)).date : null
}

/** The ids of the organisations the actor belongs to. */
export function organisationIdsOf(actor: TActor) {
  return actor.memberships.map((membership) => membership.organisationId)
}

/** "1 comment", "3 comments". */
export function plural(count: number, word: string, words = `${word}s`) {
  return `${count} ${count === 1 ? word : words}`
}

/** "KCC-PRU-2025-001 Kent PRU SLA" for each of a few agreements, by id. */
export async function agreementNames(ids: Array<Types.ObjectId | string>): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const agreements = await Agreement.find({ _id: { $in: ids } })
    .select({ reference: 1, title: 1 })
    .lean()
  return new Map(agreements.map((agreement) => [String(agreement._id), agreementName(agreement)]))
}

export function agreementName(agreement: { reference: string; title: string }) {
  return `${agreement.reference}: ${agreement.title}`
}
