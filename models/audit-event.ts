import mongoose, { Schema, type InferSchemaType, type Types } from 'mongoose'

const auditEventSchema = new Schema({
  actor: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  actorEmail: { type: String, default: '' },
  // Who acted when it was not a signed-in user: a signatory holding a signing link.
  actorName: { type: String, default: '' },
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
  // The authority whose auditors may read this event.
  authority: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
  action: { type: String, required: true },
  subject: {
    type: { type: String, required: true },
    id: { type: String, required: true },
  },
  summary: { type: String, required: true },
  at: { type: Date, required: true, default: () => new Date() },
})

auditEventSchema.index({ authority: 1, at: -1 })
auditEventSchema.index({ 'subject.type': 1, 'subject.id': 1, at: -1 })

// The audit trail is append-only: any attempt to change or remove an event fails loudly.
const refuse = () => {
  throw new Error('Audit events are append-only and cannot be changed or deleted')
}
const blockedQueries = [
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
  'replaceOne',
  'deleteOne',
  'deleteMany',
] as const
for (const operation of blockedQueries) auditEventSchema.pre(operation, refuse)
auditEventSchema.pre('save', function () {
  if (!this.isNew) refuse()
})
auditEventSchema.pre('deleteOne', { document: true, query: false }, refuse)
auditEventSchema.pre('bulkWrite', refuse)

export type TAuditEvent = InferSchemaType<typeof auditEventSchema> & { _id: Types.ObjectId }

// No data-version plugin: no kept page shows the audit trail, and every download is audited, which
// would otherwise make every kept dashboard stale (decision record 005).
export const AuditEvent = (mongoose.models.AuditEvent ?? mongoose.model('AuditEvent', auditEventSchema)) as mongoose.Model<TAuditEvent>

export type TRecordAuditEventOptions = {
  /** A signed-in user, or a signatory holding a signing link (no account id), or null for the system. */
  actor: { id: string | null; email: string; name?: string } | null
  organisationId: string | null
  authorityId: string | null
  action: string
  subject: { type: string; id: string }
  summary: string
  session?: mongoose.ClientSession
}

export async function recordAuditEvent({ actor, organisationId, authorityId, action, subject, summary, session }: TRecordAuditEventOptions) {
  const [event] = await AuditEvent.create(
    [
      {
        actor: actor?.id ?? null,
        actorEmail: actor?.email ?? '',
        actorName: actor?.name ?? '',
        organisation: organisationId,
        authority: authorityId,
        action,
        subject,
        summary,
        at: new Date(),
      },
    ],
    { session },
  )
  return event
}
