// An authority's own template: its standard agreement, saved from any of its agreements and reused
// (decision record 010). Each save makes a new version; earlier versions stay readable, with who
// saved them, when, from which agreement, and (through Agreement.templateVersion) the agreements
// drafted from each. Scoped by authority: no other authority ever sees or is offered it.
import mongoose, { Schema, type Types } from 'mongoose'
import type { AgreementContent, Party } from '#clauses/agreement-content'
import { asSubject } from '#models/access/subjects'
import { marksDataChanged } from './data-version'

export type TAgreementTemplateVersion = {
  version: number
  title: string
  description: string
  /** The parties as the template names them: the authority, and counterparties left blank. */
  parties: Party[]
  content: AgreementContent
  savedAt: Date
  savedBy: Types.ObjectId | null
  savedByName: string
  /** The agreement it was saved from. */
  fromAgreement: Types.ObjectId | null
  fromReference: string
}

export type TAgreementTemplate = {
  _id: Types.ObjectId
  authority: Types.ObjectId
  /** "ict-services-sla"; what `POST /api/v1/agreements {"template": ...}` names. */
  key: string
  /** The latest version's title and description, for lists. */
  title: string
  description: string
  versions: TAgreementTemplateVersion[]
  createdAt: Date
  updatedAt: Date
}

const versionSchema = new Schema(
  {
    version: { type: Number, required: true, min: 1 },
    title: { type: String, required: true, trim: true },
    description: { type: String, default: '' },
    // The clause library owns these shapes and validates them before every write.
    parties: { type: Schema.Types.Mixed, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    savedAt: { type: Date, required: true, default: () => new Date() },
    savedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    savedByName: { type: String, default: '' },
    fromAgreement: { type: Schema.Types.ObjectId, ref: 'Agreement', default: null },
    fromReference: { type: String, default: '' },
  },
  { _id: false, minimize: false },
)

const agreementTemplateSchema = new Schema<TAgreementTemplate>(
  {
    authority: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    key: { type: String, required: true, trim: true },
    title: { type: String, required: true, trim: true },
    description: { type: String, default: '' },
    versions: { type: [versionSchema], default: [] },
  },
  { timestamps: true, minimize: false },
)

// A key names one template within its authority; two authorities may each have an "ict-services-sla".
agreementTemplateSchema.index({ authority: 1, key: 1 }, { unique: true })

agreementTemplateSchema.plugin(marksDataChanged)

export const AgreementTemplate = (mongoose.models.AgreementTemplate ??
  mongoose.model<TAgreementTemplate>('AgreementTemplate', agreementTemplateSchema)) as mongoose.Model<TAgreementTemplate>

export function agreementTemplateSubject(template: Pick<TAgreementTemplate, '_id' | 'authority'>) {
  return asSubject('AgreementTemplate', { _id: template._id, authority: template.authority })
}

export function latestVersion(template: Pick<TAgreementTemplate, 'versions'>): TAgreementTemplateVersion | undefined {
  return template.versions.at(-1)
}
