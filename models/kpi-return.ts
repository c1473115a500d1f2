// The figure a provider returns for one KPI indicator in one period, by the indicator's measure, and
// what it shows as and the RAG the clause's targets or bands give it (worked out by
// `#clauses/obligations/kpi-result`). Returns saved before measures were declared have no `measure`
// and are percentages (decision record 012).
import mongoose, { Schema, type Types } from 'mongoose'
import { KPI_MEASURES, type TKpiMeasure } from '#clauses/kpis'
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
  /** Unset on returns saved before measures were declared: a percentage. */
  measure?: TKpiMeasure
  numerator?: number
  denominator?: number
  /** The percentage (one decimal place), the count, the pence, 1 for yes and 0 for no, or a rating's place on its scale (0 the worst). */
  value?: number
  /** "72.5% (29 of 40)", "14", "Yes", "Good", "£1,250.50". */
  shown?: string
  /** Returns saved before measures were declared keep their value here. */
  percentage?: number
  count?: number
  answer?: 'yes' | 'no'
  /** A rating in its scale's words ("Good"). */
  rating?: string
  pence?: number
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
  measure: { type: String, enum: KPI_MEASURES },
  numerator: { type: Number, min: 0 },
  denominator: { type: Number, min: 1 },
  value: { type: Number },
  shown: { type: String },
  percentage: { type: Number },
  count: { type: Number, min: 0 },
  answer: { type: String, enum: ['yes', 'no'] },
  rating: { type: String, maxlength: 200 },
  pence: { type: Number, min: 0 },
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

/** A stored return's measure, plotted value and words, reading one saved before measures were declared as the percentage it is. */
export function kpiReturnFigure(kpiReturn: Pick<TKpiReturn, 'measure' | 'value' | 'shown' | 'percentage' | 'numerator' | 'denominator'>) {
  const measure = kpiReturn.measure ?? 'percentage'
  const value = kpiReturn.value ?? kpiReturn.percentage ?? 0
  const shown = kpiReturn.shown ?? `${value}% (${kpiReturn.numerator} of ${kpiReturn.denominator})`
  return { measure, value, shown }
}
