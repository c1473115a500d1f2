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
    passwordHash: { type: String, required: true },
    memberships: { type: [membershipSchema], default: [] },
    isPlatformAdmin: { type: Boolean, default: false },
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
