import mongoose, { Schema, type InferSchemaType, type Types } from 'mongoose'

const apiTokenSchema = new Schema({
  user: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  name: { type: String, required: true, trim: true },
  // The first characters of the token, kept so people can tell their tokens apart.
  prefix: { type: String, required: true },
  // Only the SHA-256 of the token is stored; the token itself is shown once when created.
  hash: { type: String, required: true },
  createdAt: { type: Date, required: true, default: () => new Date() },
  lastUsedAt: { type: Date, default: null },
  revokedAt: { type: Date, default: null },
})

apiTokenSchema.index({ hash: 1 }, { unique: true })
apiTokenSchema.index({ user: 1, createdAt: -1 })

export type TApiToken = InferSchemaType<typeof apiTokenSchema> & { _id: Types.ObjectId }

// No data-version plugin: no kept page shows tokens, and "last used" is written on every API call,
// which would otherwise make every kept dashboard stale (decision record 005).
export const ApiToken = (mongoose.models.ApiToken ?? mongoose.model('ApiToken', apiTokenSchema)) as mongoose.Model<TApiToken>

export function findActiveApiTokenByHash(hash: string) {
  return ApiToken.findOne({ hash, revokedAt: null }).lean()
}
