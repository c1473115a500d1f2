// One dated instance of an obligation an agreement's clauses create ("Local Activity Report, Term 2
// 2026/27, due 18 December 2026"), with its review state. Instances belong to the agreement series
// (version 1's id), keyed by obligation key + period, so a variation that regenerates them keeps
// every submission and its evidence.
import mongoose, { Schema, type Types } from 'mongoose'
import { OBLIGATION_CATEGORIES, OBLIGATION_RECURRENCES, type ObligationCategory, type ObligationRecurrence } from '#clauses/obligations/generate'
import { REVIEW_STATES, type ReviewState } from '#clauses/obligations/status'
import { asSubject } from '#models/access/subjects'
import { marksDataChanged } from './data-version'

export type TObligationReview = {
  decision: 'accept' | 'return'
  comment: string
  by: Types.ObjectId
  byName: string
  at: Date
}

export type TObligation = {
  _id: Types.ObjectId
  /** Version 1's id: shared by every version, so instances survive variations. */
  series: Types.ObjectId
  /** The version the instance was last generated from. */
  agreement: Types.ObjectId
  agreementReference: string
  agreementTitle: string
  authority: Types.ObjectId
  /** Every counterparty and member school of the agreement: who may read it. */
  parties: Types.ObjectId[]
  /** The organisation that owes it: the provider, or the authority for its own duties. */
  organisation: Types.ObjectId
  ownerParty: string
  ownerDescription: string
  obligationKey: string
  /** `${obligationKey}@${periodKey}` */
  key: string
  category: ObligationCategory
  name: string
  clause: string
  clauseId: string
  recurrence: ObligationRecurrence
  dueRule: string
  periodKey: string
  periodLabel: string
  dueOn: string
  basis: string
  title: string
  state: ReviewState
  /** A variation no longer asks for it, but a submission was made, so it is kept. */
  withdrawn: boolean
  submittedAt: Date | null
  reviews: TObligationReview[]
  createdAt: Date
  updatedAt: Date
}

const reviewSchema = new Schema(
  {
    decision: { type: String, enum: ['accept', 'return'], required: true },
    comment: { type: String, default: '' },
    by: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    byName: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
)

const obligationSchema = new Schema<TObligation>(
  {
    series: { type: Schema.Types.ObjectId, ref: 'Agreement', required: true },
    agreement: { type: Schema.Types.ObjectId, ref: 'Agreement', required: true },
    agreementReference: { type: String, required: true },
    agreementTitle: { type: String, required: true },
    authority: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    parties: { type: [{ type: Schema.Types.ObjectId, ref: 'Organisation' }], default: [] },
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    ownerParty: { type: String, required: true },
    ownerDescription: { type: String, default: '' },
    obligationKey: { type: String, required: true },
    key: { type: String, required: true },
    category: { type: String, enum: OBLIGATION_CATEGORIES, required: true },
    name: { type: String, required: true },
    clause: { type: String, default: '' },
    clauseId: { type: String, required: true },
    recurrence: { type: String, enum: OBLIGATION_RECURRENCES, required: true },
    dueRule: { type: String, default: '' },
    periodKey: { type: String, required: true },
    periodLabel: { type: String, required: true },
    dueOn: { type: String, required: true },
    basis: { type: String, default: '' },
    title: { type: String, required: true },
    state: { type: String, enum: REVIEW_STATES, required: true, default: 'pending' },
    withdrawn: { type: Boolean, default: false },
    submittedAt: { type: Date, default: null },
    reviews: { type: [reviewSchema], default: [] },
  },
  { timestamps: true },
)

obligationSchema.index({ series: 1, key: 1 }, { unique: true })
obligationSchema.index({ authority: 1, dueOn: 1 })
obligationSchema.index({ organisation: 1, dueOn: 1 })
obligationSchema.index({ parties: 1, dueOn: 1 })
obligationSchema.index({ agreement: 1, dueOn: 1 })
// The home pages' queues: what is waiting for review or was returned, a small share of all instances.
obligationSchema.index({ state: 1, dueOn: 1 })

obligationSchema.plugin(marksDataChanged)

export const Obligation = (mongoose.models.Obligation ?? mongoose.model<TObligation>('Obligation', obligationSchema)) as mongoose.Model<TObligation>

/** The instance as permission rules see it. */
export function obligationSubject(obligation: Pick<TObligation, '_id' | 'authority' | 'parties' | 'organisation' | 'agreement'>) {
  return asSubject('Obligation', {
    _id: obligation._id,
    authority: obligation.authority,
    parties: obligation.parties,
    organisation: obligation.organisation,
    agreement: obligation.agreement,
  })
}

/** Which agreement version an agreement series' obligations were last generated from. */
const obligationGenerationSchema = new Schema({
  series: { type: Schema.Types.ObjectId, ref: 'Agreement', required: true },
  agreement: { type: Schema.Types.ObjectId, ref: 'Agreement', required: true },
  generatedAt: { type: Date, required: true },
})
obligationGenerationSchema.index({ series: 1 }, { unique: true })

obligationGenerationSchema.plugin(marksDataChanged)

export const ObligationGeneration = (mongoose.models.ObligationGeneration ??
  mongoose.model('ObligationGeneration', obligationGenerationSchema)) as mongoose.Model<{ series: Types.ObjectId; agreement: Types.ObjectId; generatedAt: Date }>

/**
 * Counts of one agreement series' obligation instances by review state, and the due dates of those
 * still waiting on the provider (pending or returned), in order: the commissioner dashboard reads
 * one of these per agreement instead of grouping every instance on each request. Rewritten after
 * every change to the series' instances (refreshComplianceSummary).
 */
export type TComplianceSummary = {
  series: Types.ObjectId
  stateCounts: Record<ReviewState, number>
  waitingDueDates: string[]
  refreshedAt: Date
}

const complianceSummarySchema = new Schema<TComplianceSummary>({
  series: { type: Schema.Types.ObjectId, ref: 'Agreement', required: true },
  stateCounts: { type: Object, required: true },
  waitingDueDates: { type: [String], default: [] },
  refreshedAt: { type: Date, required: true },
})
complianceSummarySchema.index({ series: 1 }, { unique: true })

complianceSummarySchema.plugin(marksDataChanged)

export const ComplianceSummary = (mongoose.models.ComplianceSummary ??
  mongoose.model<TComplianceSummary>('ComplianceSummary', complianceSummarySchema)) as mongoose.Model<TComplianceSummary>
