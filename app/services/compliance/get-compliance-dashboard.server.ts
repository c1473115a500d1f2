import { accessibleBy } from '@casl/mongoose'
import { plusDays } from '#clauses/calendar/dates'
import { type TActor } from '#app/utils/actor.server'
import { Agreement } from '#models/agreement'
import { KpiReturn } from '#models/kpi-return'
import { Obligation } from '#models/obligation'
import { ensureObligations } from './ensure-obligations.server'
import { todayInLondon } from './list-obligations.server'

export type TGetComplianceDashboardOptions = { actor: TActor; today?: string; q?: string; status?: string }

type TCounts = { dueSoon: number; overdue: number; returned: number; awaitingReview: number; accepted: number }
const RAG_ORDER = { red: 3, amber: 2, green: 1 } as const

/**
 * The commissioner's view: every agreement in force they may read, with how many obligations are due
 * in the next 30 days, overdue, returned and awaiting review, the worst RAG of its latest KPI
 * return, and when it expires. Counted in the database, one grouped query per collection.
 */
export async function getComplianceDashboard({ actor, today = todayInLondon(), q, status }: TGetComplianceDashboardOptions) {
  const filters: Record<string, unknown>[] = [accessibleBy(actor.ability, 'read').ofType('Agreement'), { status: status === 'expiring' ? 'expiring' : { $in: ['active', 'expiring'] } }]
  if (q?.trim()) {
    const words = new RegExp(q.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')
    filters.push({ $or: [{ reference: words }, { title: words }, { 'partyDetails.name': words }] })
  }
  const agreements = await Agreement.find({ $and: filters })
    .select({ _id: 1, originalAgreement: 1, authority: 1, status: 1, reference: 1, title: 1, endsOn: 1, partyDetails: 1, template: 1 })
    .sort({ endsOn: 1, reference: 1 })
    .lean()
  await ensureObligations({ agreements })
  // Matched by the agreements' authorities (indexed, usually one) rather than by a long $in of
  // agreement ids, which the embedded database evaluates slowly; rows of agreements not in the
  // permission-filtered list above are ignored below. ObjectIds, as $match does not cast.
  const authorities = [...new Map(agreements.map((agreement) => [String(agreement.authority), agreement.authority])).values()]
  const horizon = plusDays(today, 30)
  const waiting = { $in: ['$state', ['pending', 'returned']] }
  const [counts, kpis] = await Promise.all([
    Obligation.aggregate<TCounts & { _id: unknown }>([
      { $match: { authority: { $in: authorities }, withdrawn: false } },
      {
        $group: {
          _id: '$series',
          dueSoon: { $sum: { $cond: [{ $and: [waiting, { $gte: ['$dueOn', today] }, { $lte: ['$dueOn', horizon] }] }, 1, 0] } },
          overdue: { $sum: { $cond: [{ $and: [waiting, { $lt: ['$dueOn', today] }] }, 1, 0] } },
          returned: { $sum: { $cond: [{ $eq: ['$state', 'returned'] }, 1, 0] } },
          awaitingReview: { $sum: { $cond: [{ $in: ['$state', ['submitted', 'resubmitted']] }, 1, 0] } },
          accepted: { $sum: { $cond: [{ $eq: ['$state', 'accepted'] }, 1, 0] } },
        },
      },
    ]),
    KpiReturn.aggregate<{ _id: { series: unknown; periodKey: string }; dueOn: string; rags: Array<string | null> }>([
      { $match: { authority: { $in: authorities } } },
      { $group: { _id: { series: '$series', periodKey: '$periodKey' }, dueOn: { $max: '$dueOn' }, rags: { $push: '$rag' } } },
    ]),
  ])
  const countsBySeries = new Map(counts.map((row) => [String(row._id), row]))
  const latestRag = new Map<string, { period: string; dueOn: string; rag: 'green' | 'amber' | 'red' | null }>()
  for (const row of kpis) {
    const key = String(row._id.series)
    const existing = latestRag.get(key)
    if (existing && existing.dueOn >= row.dueOn) continue
    const worst = row.rags.reduce<'green' | 'amber' | 'red' | null>((current, rag) => {
      if (rag !== 'green' && rag !== 'amber' && rag !== 'red') return current
      return !current || RAG_ORDER[rag] > RAG_ORDER[current] ? rag : current
    }, null)
    latestRag.set(key, { period: row._id.periodKey, dueOn: row.dueOn, rag: worst })
  }
  const empty: TCounts = { dueSoon: 0, overdue: 0, returned: 0, awaitingReview: 0, accepted: 0 }
  return agreements.map((agreement) => {
    const series = String(agreement.originalAgreement ?? agreement._id)
    const counted = countsBySeries.get(series)
    const count: TCounts = counted ? { dueSoon: counted.dueSoon, overdue: counted.overdue, returned: counted.returned, awaitingReview: counted.awaitingReview, accepted: counted.accepted } : empty
    return {
      id: String(agreement._id),
      reference: agreement.reference,
      title: agreement.title,
      status: agreement.status,
      endsOn: agreement.endsOn,
      counterparties: agreement.partyDetails.filter((party) => party.role !== 'authority').map((party) => party.name).filter(Boolean),
      counts: count,
      kpi: latestRag.get(series) ?? null,
    }
  })
}
