// A file uploaded as evidence against an obligation instance. The bytes live in the file store under
// `storeKey` (decision record 007); this record keeps what the upload was checked to be: its SHA-256,
// size and sniffed type, and who uploaded it when.
import mongoose, { Schema, type Types } from 'mongoose'
import { asSubject } from '#models/access/subjects'
import { marksDataChanged } from './data-version'

export type TEvidence = {
  _id: Types.ObjectId
  obligation: Types.ObjectId
  series: Types.ObjectId
  authority: Types.ObjectId
  /** The organisation that owes the obligation and uploaded the evidence. */
  organisation: Types.ObjectId
  /** The file store key (`sha256/<hex>`) of the bytes. */
  storeKey: string
  filename: string
  size: number
  sha256: string
  contentType: string
  description: string
  uploadedBy: Types.ObjectId
  uploadedByName: string
  uploadedAt: Date
}

const evidenceSchema = new Schema<TEvidence>({
  obligation: { type: Schema.Types.ObjectId, ref: 'Obligation', required: true },
  series: { type: Schema.Types.ObjectId, ref: 'Agreement', required: true },
  authority: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  storeKey: { type: String, required: true },
  filename: { type: String, required: true },
  size: { type: Number, required: true },
  sha256: { type: String, required: true },
  contentType: { type: String, required: true },
  description: { type: String, default: '' },
  uploadedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  uploadedByName: { type: String, default: '' },
  uploadedAt: { type: Date, required: true, default: () => new Date() },
})

evidenceSchema.index({ obligation: 1, uploadedAt: 1 })
evidenceSchema.index({ authority: 1 })
// The file store's sweep asks whether a key is still referenced.
evidenceSchema.index({ storeKey: 1 })

evidenceSchema.plugin(marksDataChanged)

export const Evidence = (mongoose.models.Evidence ?? mongoose.model<TEvidence>('Evidence', evidenceSchema)) as mongoose.Model<TEvidence>

export function evidenceSubject(evidence: Pick<TEvidence, '_id' | 'authority' | 'organisation'>) {
  return asSubject('Evidence', { _id: evidence._id, authority: evidence.authority, organisation: evidence.organisation })
}
