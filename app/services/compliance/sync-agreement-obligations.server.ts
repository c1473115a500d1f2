import { type Types } from 'mongoose'
import { generateObligations, type ObligationInstancePlan, type ObligationPlan } from '#clauses/obligations/generate'
import { reconcileInstances } from '#clauses/obligations/reconcile'
import { effectivePeriod } from '#clauses/timeline/term'
import { partiesOf, type TAgreement } from '#models/agreement'
import { AgreementEvent, toAgreementEventValue } from '#models/agreement-event'
import { recordAuditEvent } from '#models/audit-event'
import { Obligation } from '#models/obligation'
import { findTermCalendarByAuthority, toTermCalendarValue } from '#models/term-calendar'
import { refreshComplianceSummary } from './refresh-compliance-summary.server'

/** Obligations are tracked while an agreement is in force. */
export const TRACKED_STATUSES = ['active', 'expiring'] as const

export type TSyncAgreementObligationsOptions = {
  agreement: Pick<TAgreement, '_id' | 'originalAgreement' | 'reference' | 'title' | 'authority' | 'parties' | 'memberSchools' | 'partyDetails' | 'content' | 'status'>
  /** Who caused it (a variation, activation), for the audit trail; null for the system. */
  actor: { id: string; email: string } | null
}

/**
 * (Re)generates an agreement's obligation instances from its clauses, for its term or, once notice
 * has been served, up to the day termination takes effect. Instances are matched by
 * obligation key + period across versions, so evidence and reviews survive a variation; instances
 * the clauses no longer ask for are removed if untouched, or kept and marked withdrawn if submitted.
 */
export async function syncAgreementObligations({ agreement, actor }: TSyncAgreementObligationsOptions) {
  const series = agreement.originalAgreement ?? agreement._id
  const [calendar, events, stored] = await Promise.all([
    findTermCalendarByAuthority(agreement.authority),
    AgreementEvent.find({ agreement: { $in: [agreement._id, series] } }).sort({ occurredOn: 1, recordedAt: 1 }).lean(),
    Obligation.find({ series }).select({ key: 1, state: 1 }).lean(),
  ])
  const termCalendar = calendar ? toTermCalendarValue(calendar) : undefined
  const recorded = events.map((event) => ({ ...toAgreementEventValue(event), id: String(event._id) }))
  // A served notice ends the schedule on the day the timeline says termination takes effect.
  const period = effectivePeriod({ content: agreement.content, termCalendar, events: recorded })
  const plans = generateObligations({ content: agreement.content, termCalendar, period, parties: partiesOf(agreement), events: recorded })
  const { added, kept, removed, withdrawn } = reconcileInstances(plans, stored)
  const fields = (plan: ObligationPlan, instance: ObligationInstancePlan) => instanceFields(agreement, series, plan, instance)
  if (added.length > 0) await Obligation.insertMany(added.map(({ plan, instance }) => ({ ...fields(plan, instance), state: 'pending' })))
  if (kept.length > 0) {
    await Obligation.bulkWrite(kept.map(({ plan, instance }) => ({ updateOne: { filter: { series, key: instance.key }, update: { $set: { ...fields(plan, instance), withdrawn: false } } } })))
  }
  if (removed.length > 0) await Obligation.deleteMany({ series, key: { $in: removed }, state: 'pending' })
  if (withdrawn.length > 0) await Obligation.updateMany({ series, key: { $in: withdrawn } }, { $set: { withdrawn: true } })
  await refreshComplianceSummary(series)
  await recordAuditEvent({
    actor,
    organisationId: String(agreement.authority),
    authorityId: String(agreement.authority),
    action: 'obligations.generated',
    subject: { type: 'Agreement', id: String(agreement._id) },
    summary: `Obligations for ${agreement.reference} generated from its clauses: ${added.length} added, ${kept.length} kept, ${removed.length} removed, ${withdrawn.length} withdrawn with their evidence kept`,
  })
  return { added: added.length, kept: kept.length, removed: removed.length, withdrawn: withdrawn.length }
}

function instanceFields(agreement: TSyncAgreementObligationsOptions['agreement'], series: Types.ObjectId, plan: ObligationPlan, instance: ObligationInstancePlan) {
  const owner = agreement.partyDetails.find((party) => party.id === plan.ownerParty)
  return {
    series,
    agreement: agreement._id,
    agreementReference: agreement.reference,
    agreementTitle: agreement.title,
    authority: agreement.authority,
    parties: [...agreement.parties, ...agreement.memberSchools],
    organisation: owner?.organisation ?? (owner?.role === 'authority' ? agreement.authority : (agreement.parties[0] ?? agreement.authority)),
    ownerParty: plan.ownerParty,
    ownerDescription: plan.ownerDescription,
    obligationKey: plan.key,
    key: instance.key,
    category: plan.category,
    name: plan.name,
    clause: plan.clause,
    clauseId: plan.clauseId,
    recurrence: plan.recurrence,
    dueRule: plan.dueRule,
    periodKey: instance.periodKey,
    periodLabel: instance.periodLabel,
    dueOn: instance.dueOn,
    basis: instance.basis,
    title: instance.title,
  }
}
