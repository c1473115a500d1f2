import { type ClientSession, type Types } from 'mongoose'
import { REVIEW_STATES, type ReviewState } from '#clauses/obligations/status'
import { ComplianceSummary, Obligation } from '#models/obligation'

/**
 * Rewrites one agreement series' compliance summary from its current instances. Called after every
 * change to them (generation, evidence submitted, review), so the dashboard never groups them.
 */
export async function refreshComplianceSummary(series: Types.ObjectId, session?: ClientSession) {
  // A series with no instances still gets its (empty) summary, so the dashboard never rebuilds it.
  const instances = await Obligation.find({ series, withdrawn: false }).select({ state: 1, dueOn: 1 }).session(session ?? null).lean()
  const stateCounts = Object.fromEntries(REVIEW_STATES.map((state) => [state, 0])) as Record<ReviewState, number>
  for (const instance of instances) stateCounts[instance.state] += 1
  const waitingDueDates = instances
    .filter((instance) => instance.state === 'pending' || instance.state === 'returned')
    .map((instance) => instance.dueOn)
    .sort()
  await ComplianceSummary.updateOne(
    { series },
    { $set: { stateCounts, waitingDueDates, refreshedAt: new Date() } },
    { upsert: true, session },
  )
}
