import mongoose, { Schema, type InferSchemaType, type Types } from 'mongoose'

// A user's secret calendar subscription URL. Calendar apps cannot send a bearer token, so the secret
// is in the URL; only its SHA-256 is stored, and revoking it stops the feed at once.
const calendarFeedSchema = new Schema({
  user: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  hash: { type: String, required: true },
  createdAt: { type: Date, required: true, default: () => new Date() },
  lastFetchedAt: { type: Date, default: null },
  revokedAt: { type: Date, default: null },
})

calendarFeedSchema.index({ hash: 1 }, { unique: true })
calendarFeedSchema.index({ user: 1, createdAt: -1 })

export type TCalendarFeed = InferSchemaType<typeof calendarFeedSchema> & { _id: Types.ObjectId }

// No data-version plugin: no kept page shows feeds, and "last fetched" is written each time a
// calendar app polls, which would otherwise make every kept dashboard stale (decision record 005).
export const CalendarFeed = (mongoose.models.CalendarFeed ??
  mongoose.model('CalendarFeed', calendarFeedSchema)) as mongoose.Model<TCalendarFeed>

export function findActiveCalendarFeedByHash(hash: string) {
  return CalendarFeed.findOne({ hash, revokedAt: null }).lean()
}
