import mongoose, { Schema, type InferSchemaType, type Types } from 'mongoose'

// A one-time link a new administrator (or the platform administrator) uses to choose their first
// password: made by `npm run setup` or by the platform administrator adding an authority. Only the
// SHA-256 of its token is kept; it works once, and only until it expires.
const signInLinkSchema = new Schema({
  tokenHash: { type: String, required: true },
  user: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  expiresAt: { type: Date, required: true },
  usedAt: { type: Date, default: null },
  // A newer link for the same person replaces this one.
  revokedAt: { type: Date, default: null },
  createdAt: { type: Date, required: true, default: () => new Date() },
})

signInLinkSchema.index({ tokenHash: 1 }, { unique: true })
signInLinkSchema.index({ user: 1 })

export type TSignInLink = InferSchemaType<typeof signInLinkSchema> & { _id: Types.ObjectId }

// No data-version plugin: no kept page shows these links.
export const SignInLink = (mongoose.models.SignInLink ?? mongoose.model('SignInLink', signInLinkSchema)) as mongoose.Model<TSignInLink>

/** A link that can still be used: not used, not replaced, not expired. */
export function findUsableSignInLink(tokenHash: string, now = new Date()) {
  return SignInLink.findOne({ tokenHash, usedAt: null, revokedAt: null, expiresAt: { $gt: now } }).lean()
}
