// One version of an agreement between a commissioning authority and its counterparties. The clauses
// live in `content` in the clause library's shape (sections -> clauses with typed params) and are
// validated by `#clauses/agreement-content` before every write; a renewal or variation is a new
// document (version + 1) linked to the one it replaces, so every version stays readable.
import mongoose, { Schema, type Types } from 'mongoose'
import type { AgreementContent, Party } from '#clauses/agreement-content'
import type { IsoDate } from '#clauses/values'
import { asSubject } from '#models/access/subjects'
import { AGREEMENT_STATUSES, type TAgreementStatus } from './agreement-lifecycle'
import { marksDataChanged } from './data-version'

export { AGREEMENT_STATUSES, type TAgreementStatus } from './agreement-lifecycle'

/** A party as the agreement names it (clause library Party), linked to the organisation record when there is one. */
export type TAgreementParty = Party & { organisation: Types.ObjectId | null }

/** Who did something to a review comment, and when. */
export type TCommentAct = { by: Types.ObjectId; byName: string; at: Date }

/** A legal reviewer's comment on one clause (by clause id, so it survives renumbering). */
export type TReviewComment = {
  _id: Types.ObjectId
  /** Null for a comment on the agreement as a whole (the reason it was returned to the drafter). */
  clauseId: string | null
  author: Types.ObjectId
  authorName: string
  text: string
  at: Date
  /** Dealt with: resolved by the drafter, or accepted by legal (approval accepts every comment). */
  resolved: boolean
  /** The drafter says what they changed. */
  resolution?: (TCommentAct & { note: string }) | null
  /** Legal accepts the comment as dealt with. */
  acceptance?: TCommentAct | null
}

/** The agreement as legal last decided on it, so the next review shows what changed since. */
export type TReviewedVersion = {
  content: AgreementContent
  partyDetails: TAgreementParty[]
  submittedAt: Date | null
  decidedAt: Date
  decision: TAgreementStatus
}

export type TVariationAgreement = {
  /** Party id in `partyDetails` ("authority", "provider"). */
  party: string
  name: string
  title: string
  on: IsoDate
}

export const VARIATION_STATUSES = ['proposed', 'agreed', 'withdrawn'] as const
export type TVariationStatus = (typeof VARIATION_STATUSES)[number]

/** One changed clause of a variation: the new params, wording or heading it proposes. */
export type TVariationChange = {
  clauseId: string
  params?: unknown
  text?: string
  heading?: string
}

/** Kent STLS clause 18 and the other seeds' variation clauses: a variation binds only once agreed
 * in writing by both parties, so each party's signature is recorded before a new version exists. */
export type TVariation = {
  _id: Types.ObjectId
  summary: string
  proposedBy: Types.ObjectId
  proposedByName: string
  proposedAt: Date
  changes: TVariationChange[]
  agreedBy: TVariationAgreement[]
  status: TVariationStatus
  resultingVersion: Types.ObjectId | null
}

/** What happened to this version, newest last, for the history page. */
export type THistoryEntry = {
  at: Date
  actor: Types.ObjectId | null
  actorName: string
  action: string
  summary: string
  fromStatus?: TAgreementStatus
  toStatus?: TAgreementStatus
}

export type TAgreement = {
  _id: Types.ObjectId
  /** "KCC-PRU-2026-001"; shared by every version of the same agreement. */
  reference: string
  title: string
  /** Template key, e.g. "kent-pru-sla". */
  template: string
  authority: Types.ObjectId
  /** Counterparty organisations (provider, lead school, responsible body). */
  parties: Types.ObjectId[]
  /** Schools bound by a partnership memorandum (Leicestershire SEIP MOU). */
  memberSchools: Types.ObjectId[]
  partyDetails: TAgreementParty[]
  status: TAgreementStatus
  version: number
  /** Version 1's id, shared by every later version, so the whole series is one query. */
  originalAgreement: Types.ObjectId
  previousVersion: Types.ObjectId | null
  supersededBy: Types.ObjectId | null
  content: AgreementContent
  commencesOn: IsoDate | null
  endsOn: IsoDate | null
  /** Whose term dates count school days and terms: the authority's name or id. */
  termCalendar: string
  review: { comments: TReviewComment[]; submittedAt: Date | null; decidedAt: Date | null; lastReviewed?: TReviewedVersion | null }
  variations: TVariation[]
  history: THistoryEntry[]
  createdBy: Types.ObjectId | null
  createdAt: Date
  updatedAt: Date
}

const partySchema = new Schema(
  {
    id: { type: String, required: true },
    role: { type: String, required: true },
    name: { type: String, default: '' },
    definedAs: { type: String },
    noticeAddress: { type: String },
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
  },
  { _id: false },
)

const commentActFields = {
  by: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  byName: { type: String, required: true },
  at: { type: Date, required: true },
}

const reviewCommentSchema = new Schema({
  clauseId: { type: String, default: null },
  author: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  authorName: { type: String, required: true },
  text: { type: String, required: true },
  at: { type: Date, required: true, default: () => new Date() },
  resolved: { type: Boolean, default: false },
  resolution: { type: new Schema({ ...commentActFields, note: { type: String, default: '' } }, { _id: false }), default: null },
  acceptance: { type: new Schema(commentActFields, { _id: false }), default: null },
})

const variationSchema = new Schema({
  summary: { type: String, required: true },
  proposedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  proposedByName: { type: String, required: true },
  proposedAt: { type: Date, required: true, default: () => new Date() },
  // Validated against each clause kind's schema by the service, so stored as given.
  changes: { type: [Schema.Types.Mixed], default: [] },
  agreedBy: {
    type: [new Schema({ party: String, name: String, title: String, on: String }, { _id: false })],
    default: [],
  },
  status: { type: String, enum: VARIATION_STATUSES, default: 'proposed' },
  resultingVersion: { type: Schema.Types.ObjectId, ref: 'Agreement', default: null },
})

const historyEntrySchema = new Schema(
  {
    at: { type: Date, required: true, default: () => new Date() },
    actor: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    actorName: { type: String, default: '' },
    action: { type: String, required: true },
    summary: { type: String, required: true },
    fromStatus: { type: String, enum: AGREEMENT_STATUSES },
    toStatus: { type: String, enum: AGREEMENT_STATUSES },
  },
  { _id: false },
)

const agreementSchema = new Schema<TAgreement>(
  {
    reference: { type: String, required: true, trim: true },
    title: { type: String, required: true, trim: true },
    template: { type: String, required: true },
    authority: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    parties: { type: [{ type: Schema.Types.ObjectId, ref: 'Organisation' }], default: [] },
    memberSchools: { type: [{ type: Schema.Types.ObjectId, ref: 'Organisation' }], default: [] },
    partyDetails: { type: [partySchema], default: [] },
    status: { type: String, enum: AGREEMENT_STATUSES, required: true, default: 'draft' },
    version: { type: Number, required: true, min: 1, default: 1 },
    originalAgreement: { type: Schema.Types.ObjectId, ref: 'Agreement', required: true },
    previousVersion: { type: Schema.Types.ObjectId, ref: 'Agreement', default: null },
    supersededBy: { type: Schema.Types.ObjectId, ref: 'Agreement', default: null },
    // The clause library owns this shape and validates it before every write.
    content: { type: Schema.Types.Mixed, required: true },
    commencesOn: { type: String, default: null },
    endsOn: { type: String, default: null },
    termCalendar: { type: String, default: '' },
    review: {
      comments: { type: [reviewCommentSchema], default: [] },
      submittedAt: { type: Date, default: null },
      decidedAt: { type: Date, default: null },
      // The content legal last decided on; validated by the clause library when it was current.
      lastReviewed: { type: Schema.Types.Mixed, default: null },
    },
    variations: { type: [variationSchema], default: [] },
    history: { type: [historyEntrySchema], default: [] },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { timestamps: true, minimize: false },
)

// The reference names the agreement; each version of it is one document.
agreementSchema.index({ reference: 1, version: 1 }, { unique: true })
agreementSchema.index({ originalAgreement: 1, version: 1 })
agreementSchema.index({ authority: 1, status: 1 })
agreementSchema.index({ authority: 1, template: 1 })
agreementSchema.index({ parties: 1 })
agreementSchema.index({ memberSchools: 1 })
agreementSchema.index({ status: 1, endsOn: 1 })

agreementSchema.plugin(marksDataChanged)

export const Agreement = (mongoose.models.Agreement ?? mongoose.model<TAgreement>('Agreement', agreementSchema)) as mongoose.Model<TAgreement>

/** The agreement as permission rules see it. */
export function agreementSubject(agreement: Pick<TAgreement, '_id' | 'authority' | 'parties' | 'memberSchools' | 'status'>) {
  return asSubject('Agreement', {
    _id: agreement._id,
    authority: agreement.authority,
    parties: agreement.parties,
    memberSchools: agreement.memberSchools,
    status: agreement.status,
  })
}

/** The party details as the clause library's Party list, for validation and rendering. */
export function partiesOf(agreement: Pick<TAgreement, 'partyDetails'>): Party[] {
  return agreement.partyDetails.map(({ id, role, name, definedAs, noticeAddress }) => ({
    id,
    role,
    name,
    ...(definedAs ? { definedAs } : {}),
    ...(noticeAddress ? { noticeAddress } : {}),
  }))
}

/** A history line for the agreement's own record, by the person (or system) who did it. */
export function historyEntry(
  by: { id: string; name: string } | null,
  action: string,
  summary: string,
  statuses: { fromStatus?: TAgreementStatus; toStatus?: TAgreementStatus } = {},
) {
  return { at: new Date(), actor: by?.id ?? null, actorName: by?.name ?? 'System', action, summary, ...statuses }
}
