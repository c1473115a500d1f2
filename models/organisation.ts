import mongoose, { Schema, type InferSchemaType, type Types } from 'mongoose'
import { ORGANISATION_KINDS_LIST } from '#models/access/organisation-kinds'
import { marksDataChanged } from './data-version'

export const ORGANISATION_KINDS = ORGANISATION_KINDS_LIST
export type TOrganisationKind = (typeof ORGANISATION_KINDS)[number]

const addressSchema = new Schema(
  {
    lines: { type: [String], default: [] },
    town: { type: String, default: '' },
    postcode: { type: String, default: '' },
    email: { type: String, default: '' },
  },
  { _id: false },
)

const organisationSchema = new Schema(
  {
    name: { type: String, required: true, trim: true },
    kind: { type: String, enum: ORGANISATION_KINDS, required: true },
    // Providers, schools and partnerships belong to one commissioning authority; authorities have none.
    parentAuthority: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    // Where formal notices are served (e.g. Kent PRU SLA notices clause: by post or hand to this address).
    address: { type: addressSchema, default: () => ({}) },
  },
  { timestamps: true },
)

organisationSchema.index({ name: 1, parentAuthority: 1 }, { unique: true })
organisationSchema.index({ parentAuthority: 1 })

export type TOrganisation = InferSchemaType<typeof organisationSchema> & { _id: Types.ObjectId }

organisationSchema.plugin(marksDataChanged)

export const Organisation = (mongoose.models.Organisation ?? mongoose.model('Organisation', organisationSchema)) as mongoose.Model<TOrganisation>

/** The authority an organisation answers to: itself for a local authority. */
export function authorityIdOf(organisation: Pick<TOrganisation, '_id' | 'kind' | 'parentAuthority'>): string {
  if (organisation.kind === 'local_authority' || !organisation.parentAuthority) return String(organisation._id)
  return String(organisation.parentAuthority)
}
