import mongoose, { Schema, type InferSchemaType, type Types } from 'mongoose'
import { AGREEMENT_EVENT_TYPES, type AgreementEvent as TAgreementEventValue } from '#clauses/timeline/context'
import { ZNoticeMethod } from '#clauses/values'
import { marksDataChanged } from './data-version'

// Events are records of fact (a notice was served, a dispute referred), so they are only ever added.
const agreementEventSchema = new Schema({
  agreement: { type: Schema.Types.ObjectId, ref: 'Agreement', required: true },
  // Copied from the agreement so permission rules scope events by authority directly.
  authority: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  type: { type: String, enum: AGREEMENT_EVENT_TYPES, required: true },
  // The calendar date (Europe/London) it happened, `YYYY-MM-DD`.
  occurredOn: { type: String, required: true },
  // How a notice was sent and the local time, which decide when it is deemed served.
  method: { type: String, enum: [...ZNoticeMethod.options, null], default: null },
  time: { type: String, default: null },
  notes: { type: String, default: '', trim: true },
  // For a notice served: the termination clause (its id in the agreement's content) it was served under.
  clauseId: { type: String, default: null },
  recordedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  recordedAt: { type: Date, required: true, default: () => new Date() },
})

agreementEventSchema.index({ agreement: 1, occurredOn: 1, recordedAt: 1 })

export type TAgreementEvent = InferSchemaType<typeof agreementEventSchema> & { _id: Types.ObjectId }

agreementEventSchema.plugin(marksDataChanged)

export const AgreementEvent = (mongoose.models.AgreementEvent ??
  mongoose.model('AgreementEvent', agreementEventSchema)) as mongoose.Model<TAgreementEvent>

/** A stored event in the shape the timeline engine reads. */
export function toAgreementEventValue(event: Pick<TAgreementEvent, 'type' | 'occurredOn' | 'method' | 'time' | 'notes'> & { clauseId?: string | null }): TAgreementEventValue {
  return {
    type: event.type,
    occurredOn: event.occurredOn,
    ...(event.method ? { method: event.method } : {}),
    ...(event.time ? { time: event.time } : {}),
    ...(event.notes ? { notes: event.notes } : {}),
    ...(event.clauseId ? { clauseId: event.clauseId } : {}),
  }
}
