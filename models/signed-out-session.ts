import mongoose, { Schema } from 'mongoose'
import { marksDataChanged } from './data-version'

// Sessions live in signed cookies (DESIGN.md), so signing out can only clear the browser's copy;
// a copy taken before would still work until its 12 hours were up. Signing out records the
// session's id here, and the record goes once the session would have ended anyway.
const signedOutSessionSchema = new Schema({
  _id: { type: String, required: true },
  signedOutAt: { type: Date, required: true, default: () => new Date() },
  sessionEndsAt: { type: Date, required: true },
})

signedOutSessionSchema.index({ sessionEndsAt: 1 }, { expireAfterSeconds: 0 })

// Moves the data version on, so a page kept for the session is not sent to a copy of its cookie.
signedOutSessionSchema.plugin(marksDataChanged)

export const SignedOutSession = (mongoose.models.SignedOutSession ??
  mongoose.model('SignedOutSession', signedOutSessionSchema)) as mongoose.Model<{ _id: string; signedOutAt: Date; sessionEndsAt: Date }>

export async function recordSignedOut(sessionId: string, sessionEndsAt: Date) {
  await SignedOutSession.updateOne({ _id: sessionId }, { $setOnInsert: { sessionEndsAt } }, { upsert: true })
}

export async function isSignedOut(sessionId: string) {
  return (await SignedOutSession.exists({ _id: sessionId })) !== null
}
