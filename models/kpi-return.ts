// The figures a provider returns for one KPI indicator in one period, and the percentage and RAG
// the clause's targets or bands give them (worked out by `#clauses/obligations/kpi-result`).
import mongoose, { Schema, type Types } from 'mongoose'
import { asSubject } from '#models/access/subjects'
import { marksDataChanged } from './data-version'

export type TKpiReturn = {
  _id: Types.ObjectId
  series: Types.ObjectId
  agreement: Types.ObjectId
  authority: Types.ObjectId
  organisation: Types.ObjectId
  /** The KPI clause's indicator id ("kpi-2.1"). */
  indicatorId: string
  indicatorLabel: string
  periodKey: string
  periodLabel: string
  dueOn: string
  numerator: number
  denominator: number
  percentage: number
  rag: 'green' | 'amber' | 'red' | null
  ratedBy: string
  enteredBy: Types.ObjectId
  enteredByName: string
  enteredAt: Date
}

const kpiReturnSchema = new Schema<TKpiReturn>({
  series: { type: Schema.Types.ObjectId, ref: 'Agreement', required: true },
  agreement: { type: Schema.Types.ObjectId, ref: 'Agreement', required: true },
  authority: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  indicatorId: { type: String, required: true },
  indicatorLabel: { type: String, required: true },
  periodKey: { type: String, required: true },
  periodLabel: { type: String, required: true },
  dueOn: { type: String, required: true },
  numerator: { type: Number, required: true, min: 0 },
  denominator: { type: Number, required: true, min: 1 },
  percentage: { type: Number, required: true },
  rag: { type: String, enum: ['green', 'amber', 'red', null], default: null },
  ratedBy: { type: String, default: '' },
  enteredBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  enteredByName: { type: String, default: '' },
  enteredAt: { type: Date, required: true, default: () => new Date() },
})

kpiReturnSchema.index({ series: 1, indicatorId: 1, periodKey: 1 }, { unique: true })
kpiReturnSchema.index({ authority: 1, periodKey: 1 })

kpiReturnSchema.plugin(marksDataChanged)

export const KpiReturn = (mongoose.models.KpiReturn ?? mongoose.model<TKpiReturn>('KpiReturn', kpiReturnSchema)) as mongoose.Model<TKpiReturn>

export function kpiReturnSubject(kpiReturn: Pick<TKpiReturn, '_id' | 'authority' | 'organisation'>) {
  return asSubject('KpiReturn', { _id: kpiReturn._id, authority: kpiReturn.authority, organisation: kpiReturn.organisation })
}
