import { Agreement, type TAgreement } from '#models/agreement'
import { ObligationGeneration } from '#models/obligation'
import { syncAgreementObligations, TRACKED_STATUSES } from './sync-agreement-obligations.server'

export type TEnsureObligationsOptions = {
  /** The agreements in view (any status); only those in force are tracked. */
  agreements: Array<Pick<TAgreement, '_id' | 'originalAgreement' | 'status'>>
}

// Versions whose obligations have been generated: a fact that never becomes false (markers are
// only ever moved on to newer versions, and ids are never reused), so each process remembers it
// rather than asking the database on every list.
const generatedVersions = new Set<string>()

/**
 * Generates obligations for agreements in force whose current version has not been generated yet
 * (newly active, or a variation made a new version). Cheap when nothing changed: no query at all
 * once this process has seen the versions, one indexed read otherwise.
 */
export async function ensureObligations({ agreements }: TEnsureObligationsOptions) {
  const tracked = agreements.filter((agreement) => (TRACKED_STATUSES as readonly string[]).includes(agreement.status))
  const unknown = tracked.filter((agreement) => !generatedVersions.has(String(agreement._id)))
  if (unknown.length === 0) return
  const generations = await ObligationGeneration.find({ series: { $in: unknown.map(seriesOf) } }).lean()
  const current = new Set(generations.map((generation) => String(generation.agreement)))
  for (const agreement of unknown) {
    if (current.has(String(agreement._id))) generatedVersions.add(String(agreement._id))
  }
  const stale = unknown.filter((agreement) => !current.has(String(agreement._id)))
  for (const { _id } of stale) {
    const agreement = await Agreement.findById(_id).lean()
    if (!agreement) continue
    await syncAgreementObligations({ agreement, actor: null })
    await ObligationGeneration.updateOne({ series: seriesOf(agreement) }, { $set: { agreement: agreement._id, generatedAt: new Date() } }, { upsert: true })
    generatedVersions.add(String(agreement._id))
  }
}

function seriesOf(agreement: Pick<TAgreement, '_id' | 'originalAgreement'>) {
  return agreement.originalAgreement ?? agreement._id
}
