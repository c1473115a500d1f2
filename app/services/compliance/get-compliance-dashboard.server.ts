import { accessibleBy } from '@casl/mongoose'
import { type Types } from 'mongoose'
import { plusDays } from '#clauses/calendar/dates'
import { countWaiting } from '#clauses/obligations/status'
import { type TActor } from '#app/utils/actor.server'
import { searchPattern } from '#app/utils/search'
import { counterpartyNames } from '#app/services/agreements/list-agreements.server'
import { Agreement } from '#models/agreement'
import { KpiReturn } from '#models/kpi-return'
import { ComplianceSummary } from '#models/obligation'
import { ensureObligations } from './ensure-obligations.server'
import { refreshComplianceSummary } from './refresh-compliance-summary.server'
import { todayInLondon } from './list-obligations.server'

export type TGetComplianceDashboardOptions = { actor: TActor; today?: string; q?: string; status?: string; skip?: number; limit?: number }

type TCounts = { dueSoon: number; overdue: number; returned: number; awaitingReview: number; accepted: number }
const RAG_ORDER = { red: 3, amber: 2, green: 1 } as const

/**
 * The commissioner's view: every agreement in force they may read, with how many obligations are due
 * in the next 30 days, overdue, returned and awaiting review, the worst RAG of its latest KPI
 * return, and when it expires. Counts come from each series' compliance summary, kept on write.
 */
export async function getComplianceDashboard({ actor, today = todayInLondon(), q, status, skip = 0, limit = 0 }: TGetComplianceDashboardOptions) {
  const filters: Record<string, unknown>[] = [accessibleBy(actor.ability, 'read').ofType('Agreement'), { status: status === 'expiring' ? 'expiring' : { $in: ['active', 'expiring'] } }]
  if (q?.trim()) {
    const words = searchPattern(q)
    filters.push({ $or: [{ reference: words }, { title: words }, { 'partyDetails.name': words }] })
  }
  const agreements = await Agreement.find({ $and: filters })
    .select({ _id: 1, originalAgreement: 1, authority: 1, status: 1, reference: 1, title: 1, endsOn: 1, partyDetails: 1, template: 1 })
    .sort({ endsOn: 1, reference: 1 })
    .skip(skip)
    .limit(limit)
    .lean()
  await ensureObligations({ agreements })
  const seriesIds = agreements.map((agreement) => agreement.originalAgreement ?? agreement._id)
  // KPI returns are matched by the agreements' authorities (indexed, usually one) rather than by a
  // long $in of agreement ids; rows of agreements not in the list above are ignored below.
  // ObjectIds, as $match does not cast.
  const authorities = [...new Map(agreements.map((agreement) => [String(agreement.authority), agreement.authority])).values()]
  const horizon = plusDays(today, 30)
  const [summaries, kpis] = await Promise.all([
    complianceSummaries(seriesIds),
    KpiReturn.aggregate<{ _id: { series: unknown; periodKey: string }; dueOn: string; rags: Array<string | null> }>([
      { $match: { authority: { $in: authorities } } },
      { $group: { _id: { series: '$series', periodKey: '$periodKey' }, dueOn: { $max: '$dueOn' }, rags: { $push: '$rag' } } },
    ]),
  ])
  const countsBySeries = new Map(
    summaries.map((summary): [string, TCounts] => [
      String(summary.series),
      {
        ...countWaiting(summary.waitingDueDates, today, horizon),
        returned: summary.stateCounts.returned ?? 0,
        awaitingReview: (summary.stateCounts.submitted ?? 0) + (summary.stateCounts.resubmitted ?? 0),
        accepted: summary.stateCounts.accepted ?? 0,
      },
    ]),
  )
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
    return {
      id: String(agreement._id),
      reference: agreement.reference,
      title: agreement.title,
      status: agreement.status,
      endsOn: agreement.endsOn,
      counterparties: counterpartyNames(agreement),
      counts: countsBySeries.get(series) ?? empty,
      kpi: latestRag.get(series) ?? null,
    }
  })
}

/** The series' compliance summaries; a series with none yet (data from before summaries) gets one now. */
export async function complianceSummaries(seriesIds: Types.ObjectId[]) {
  const summaries = await ComplianceSummary.find({ series: { $in: seriesIds } }).lean()
  const summarised = new Set(summaries.map((summary) => String(summary.series)))
  const missing = seriesIds.filter((series) => !summarised.has(String(series)))
  if (missing.length === 0) return summaries
  for (const series of missing) await refreshComplianceSummary(series)
  return ComplianceSummary.find({ series: { $in: seriesIds } }).lean()
}
