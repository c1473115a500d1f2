import { ZAgreementEventSchema, EVENT_TYPE_LABELS } from '#app/schemas/timeline'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { syncAgreementObligations, TRACKED_STATUSES } from '#app/services/compliance/sync-agreement-obligations.server'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { formatDate } from '#clauses/calendar/format'
import { terminationNoticeClauses } from '#clauses/timeline/termination'
import { AgreementEvent, toAgreementEventValue } from '#models/agreement-event'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { agreementTimeline, entriesAdded, loadTimelineInputs, undatedAdded } from './timeline-inputs.server'

export type TRecordAgreementEventOptions = {
  actor: TActor
  agreementId: string
  input: unknown
}

/** Records a served notice, referred dispute, breach or complaint; its deadlines join the agreement's timeline. */
export async function recordAgreementEvent({ actor, agreementId, input }: TRecordAgreementEventOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  const authority = String(agreement.authority)
  assertCan(actor, 'create', asSubject('AgreementEvent', { _id: '', authority, agreement: String(agreement._id) }))
  const values = parseWith(ZAgreementEventSchema, input)
  if (values.clauseId && !terminationNoticeClauses(agreement.content).some((clause) => clause.id === values.clauseId)) {
    const message = 'Choose a termination clause of this agreement, or leave it unstated'
    throw new AppError('validation', { message, details: { fields: { clauseId: message } } })
  }

  const inputs = await loadTimelineInputs(agreement)
  const before = agreementTimeline({ agreement, inputs })
  // The event and its audit event are saved together or not at all.
  const event = await inTransaction(async (session) => {
    const [recorded] = await AgreementEvent.create(
      [
        {
          agreement: agreement._id,
          authority: agreement.authority,
          type: values.type,
          occurredOn: values.occurredOn,
          method: values.method ?? null,
          time: values.time ?? null,
          notes: values.notes ?? '',
          clauseId: values.clauseId ?? null,
          recordedBy: actor.id,
        },
      ],
      { session },
    )
    await recordAuditEvent({
      actor,
      organisationId: authority,
      authorityId: authority,
      action: 'agreement_event.recorded',
      subject: { type: 'Agreement', id: String(agreement._id) },
      summary: `${actor.name} recorded “${EVENT_TYPE_LABELS[values.type]}” on ${formatDate(values.occurredOn)} for ${agreement.reference} ${agreement.title}`,
      session,
    })
    return recorded
  })
  const after = agreementTimeline({ agreement, inputs: { ...inputs, events: [...inputs.events, toAgreementEventValue(event)] } })
  // Kent PRU Schedule 1 clause 7.V: a complaint is to be notified within 72 hours, so its obligation
  // is due now, not when the agreement next changes.
  if ((TRACKED_STATUSES as readonly string[]).includes(agreement.status)) await syncAgreementObligations({ agreement, actor })
  return { event: event.toObject(), addedEntries: entriesAdded(before.entries, after.entries), undatedEntries: undatedAdded(before.undated, after.undated) }
}
