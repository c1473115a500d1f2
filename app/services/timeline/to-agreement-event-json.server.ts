import { type TAgreementEvent } from '#models/agreement-event'

/** An event as the API returns it. */
export function toAgreementEventJson(event: TAgreementEvent) {
  return {
    id: String(event._id),
    agreement: String(event.agreement),
    type: event.type,
    occurredOn: event.occurredOn,
    method: event.method ?? null,
    time: event.time ?? null,
    notes: event.notes ?? '',
    clauseId: event.clauseId ?? null,
    recordedBy: String(event.recordedBy),
    recordedAt: event.recordedAt.toISOString(),
  }
}
