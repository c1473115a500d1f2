import { Agreement, type TAgreement } from '#models/agreement'
import { ObligationGeneration } from '#models/obligation'
import { syncAgreementObligations, TRACKED_STATUSES } from './sync-agreement-obligations.server'

export type TEnsureObligationsOptions = {
  /** The agreements in view (any status); only those in force are tracked. */
  agreements: Array<Pick<TAgreement, '_id' | 'originalAgreement' | 'status'>>
}

/**
 * Generates obligations for agreements in force whose current version has not been generated yet
 * (newly active, or a variation made a new version). Cheap when nothing changed: one indexed read.
 */
export async function ensureObligations({ agreements }: TEnsureObligationsOptions) {
  const tracked = agreements.filter((agreement) => (TRACKED_STATUSES as readonly string[]).includes(agreement.status))
  if (tracked.length === 0) return
  const generations = await ObligationGeneration.find({ series: { $in: tracked.map(seriesOf) } }).lean()
  const current = new Set(generations.map((generation) => String(generation.agreement)))
  const stale = tracked.filter((agreement) => !current.has(String(agreement._id)))
  for (const { _id } of stale) {
    const agreement = await Agreement.findById(_id).lean()
    if (!agreement) continue
    await syncAgreementObligations({ agreement, actor: null })
    await ObligationGeneration.updateOne({ series: seriesOf(agreement) }, { $set: { agreement: agreement._id, generatedAt: new Date() } }, { upsert: true })
  }
}

function seriesOf(agreement: Pick<TAgreement, '_id' | 'originalAgreement'>) {
  return agreement.originalAgreement ?? agreement._id
}
