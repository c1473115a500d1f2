import { statusByEndDate } from '#clauses/timeline/expiry'
import { recordAuditEvent } from '#models/audit-event'
import { Agreement, historyEntry } from '#models/agreement'
import { AGREEMENT_STATUS_LABELS, findTransition } from '#models/agreement-lifecycle'
import { formatDate } from '#clauses/calendar/format'

export type TUpdateStatusesByEndDateOptions = { today: string }

/**
 * The system's own transitions: agreements in force become expiring six months before their end
 * date and expired after it (clauses/timeline/expiry.ts). Each change goes through the lifecycle
 * table, is guarded by the status it was read with, and is written to the history and audit trail.
 */
export async function updateStatusesByEndDate({ today }: TUpdateStatusesByEndDateOptions) {
  const inForce = await Agreement.find({ status: { $in: ['active', 'expiring'] }, endsOn: { $ne: null } })
    .select({ _id: 1, status: 1, endsOn: 1, reference: 1, authority: 1 })
    .lean()
  const changed: Array<{ reference: string; from: string; to: string }> = []
  for (const agreement of inForce) {
    const from = agreement.status as 'active' | 'expiring'
    const to = statusByEndDate({ status: from, endsOn: agreement.endsOn }, today)
    if (to === from || !findTransition(from, to)) continue
    const summary = to === 'expired' ? `Ended on ${formatDate(agreement.endsOn!)}` : `Ends on ${formatDate(agreement.endsOn!)}, within six months`
    const updated = await Agreement.updateOne(
      { _id: agreement._id, status: from },
      { $set: { status: to }, $push: { history: historyEntry(null, `agreement.${to}`, summary, { fromStatus: from, toStatus: to }) } },
    )
    if (updated.modifiedCount === 0) continue
    await recordAuditEvent({
      actor: null,
      organisationId: String(agreement.authority),
      authorityId: String(agreement.authority),
      action: `agreement.${to}`,
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${agreement.reference}: from ${AGREEMENT_STATUS_LABELS[from]} to ${AGREEMENT_STATUS_LABELS[to]}. ${summary}`,
    })
    changed.push({ reference: agreement.reference, from, to })
  }
  return changed
}
