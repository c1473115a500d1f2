import { accessibleBy } from '@casl/mongoose'
import { isDueSoon, isOverdue, REVIEW_STATES } from '#clauses/obligations/status'
import { OBLIGATION_CATEGORIES } from '#clauses/obligations/generate'
import { daysBetween, londonDateAndTime, plusDays } from '#clauses/calendar/dates'
import { type TActor } from '#app/utils/actor.server'
import { searchPattern } from '#app/utils/search'
import { Agreement } from '#models/agreement'
import { Obligation, type TObligation } from '#models/obligation'
import { ensureObligations } from './ensure-obligations.server'

/** Today's calendar date in Europe/London, which due dates are compared with. */
export function todayInLondon() {
  return londonDateAndTime(new Date()).date
}

export type TObligationFilters = {
  agreementId?: string
  /** Only those the actor's organisations owe ("what is due from us"). */
  owedByMe?: boolean
  state?: string
  category?: string
  /** "overdue", "due_soon" (next 30 days), "attention" (either), "outstanding" (pending or returned, any date) */
  when?: string
  q?: string
}

export type TListObligationsOptions = {
  actor: TActor
  filters?: TObligationFilters
  today?: string
  skip?: number
  limit?: number
  latestFirst?: boolean
  /** The caller has just listed with this actor, so the obligations are known to be generated. */
  generated?: boolean
}

/** The obligation instances the actor may read, earliest due first, with overdue worked out for today. */
export async function listObligations({ actor, filters = {}, today = todayInLondon(), skip = 0, limit = 500, latestFirst = false, generated = false }: TListObligationsOptions) {
  if (!generated) await ensureObligationsFor(actor)
  const query: Record<string, unknown>[] = [accessibleBy(actor.ability, 'read').ofType('Obligation'), { withdrawn: false }]
  if (filters.agreementId) query.push({ $or: [{ agreement: filters.agreementId }, { series: filters.agreementId }] })
  if (filters.owedByMe) query.push({ organisation: { $in: actor.memberships.map((membership) => membership.organisationId) } })
  if (filters.state && (REVIEW_STATES as readonly string[]).includes(filters.state)) query.push({ state: filters.state })
  if (filters.category && (OBLIGATION_CATEGORIES as readonly string[]).includes(filters.category)) query.push({ category: filters.category })
  const horizon = plusDays(today, 30)
  if (filters.when === 'overdue') query.push({ state: { $in: ['pending', 'returned'] }, dueOn: { $lt: today } })
  if (filters.when === 'due_soon') query.push({ state: { $in: ['pending', 'returned'] }, dueOn: { $gte: today, $lte: horizon } })
  if (filters.when === 'attention') query.push({ state: { $in: ['pending', 'returned'] }, dueOn: { $lte: horizon } })
  if (filters.when === 'outstanding') query.push({ state: { $in: ['pending', 'returned'] } })
  if (filters.q?.trim()) {
    const words = searchPattern(filters.q)
    query.push({ $or: [{ title: words }, { agreementReference: words }, { agreementTitle: words }, { clause: words }] })
  }
  const obligations = await Obligation.find({ $and: query })
    .select({ reviews: 0, basis: 0, parties: 0 })
    .sort(latestFirst ? { dueOn: -1, title: 1 } : { dueOn: 1, title: 1 })
    .skip(skip)
    .limit(limit)
    .lean()
  return obligations.map((obligation) => withTiming(obligation as TObligation, today, horizon))
}

/** The `limit` outstanding obligations due nearest to today, overdue or due in the next 30 days,
 * earliest due first: what the compliance dashboard reminds of. */
export async function listNearestObligations({ actor, filters = {}, today = todayInLondon(), limit }: Pick<TListObligationsOptions, 'actor' | 'filters' | 'today'> & { limit: number }) {
  const overdue = await listObligations({ actor, filters: { ...filters, when: 'overdue' }, today, limit, latestFirst: true })
  const dueSoon = await listObligations({ actor, filters: { ...filters, when: 'due_soon' }, today, limit, generated: true })
  const distance = (dueOn: string) => Math.abs(daysBetween(dueOn, today))
  return [...overdue, ...dueSoon]
    .sort((a, b) => distance(a.dueOn) - distance(b.dueOn))
    .slice(0, limit)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
}

/** Generates the obligations of every agreement in force the actor may read, where not done yet. */
export async function ensureObligationsFor(actor: TActor) {
  const agreements = await Agreement.find({ $and: [accessibleBy(actor.ability, 'read').ofType('Agreement'), { status: { $in: ['active', 'expiring'] } }] })
    .select({ _id: 1, originalAgreement: 1, status: 1 })
    // Small documents: one batch rather than the driver's default of 101 and a getMore per 101 more.
    .batchSize(5000)
    .lean()
  await ensureObligations({ agreements })
}

export function withTiming<T extends Pick<TObligation, 'state' | 'dueOn'>>(obligation: T, today: string, horizon = plusDays(today, 30)) {
  return { ...obligation, overdue: isOverdue(obligation.state, obligation.dueOn, today), dueSoon: isDueSoon(obligation.state, obligation.dueOn, today, horizon) }
}
