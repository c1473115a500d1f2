import mongoose, { Schema, type InferSchemaType, type Types } from 'mongoose'
import { ROLES } from '#models/access/roles'
import { marksDataChanged } from './data-version'

const membershipSchema = new Schema(
  {
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    // Copied from the organisation so permission rules and queries can scope users by authority directly.
    authority: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    role: { type: String, enum: ROLES, required: true },
  },
  { _id: false },
)

const userSchema = new Schema(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    name: { type: String, required: true, trim: true },
    // Empty until the person chooses a password through their one-time sign-in link (npm run setup).
    passwordHash: { type: String, default: '' },
    memberships: { type: [membershipSchema], default: [] },
    isPlatformAdmin: { type: Boolean, default: false },
    // Moved on by a password reset, a removed role or deactivation: every session signed in under an
    // earlier number ends at its next request (app/utils/session.server.ts).
    sessionGeneration: { type: Number, default: 0 },
    // A deactivated person cannot sign in or use an API token; their records and audit trail stay.
    deactivatedAt: { type: Date, default: null },
  },
  { timestamps: true },
)

userSchema.index({ email: 1 }, { unique: true })
userSchema.index({ 'memberships.authority': 1 })

export type TUser = InferSchemaType<typeof userSchema> & { _id: Types.ObjectId }
export type TMembership = InferSchemaType<typeof membershipSchema>

userSchema.plugin(marksDataChanged)

export const User = (mongoose.models.User ?? mongoose.model('User', userSchema)) as mongoose.Model<TUser>

export function findUserByEmail(email: string) {
  return User.findOne({ email: email.trim().toLowerCase() }).lean()
}
