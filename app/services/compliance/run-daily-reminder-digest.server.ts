import mongoose from 'mongoose'
import { todayInLondon } from './list-obligations.server'
import { sendReminderDigest, type TSendReminderDigestOptions } from './send-reminder-digest.server'

const RUNS = 'job_runs'

/**
 * Runs the reminder digest at most once per calendar day however many app instances call it: the
 * first instance to insert the day's run record (a unique _id) sends it; the others get a
 * duplicate-key error and skip. `agenda` was not added (see the report); this claim needs nothing
 * but the database every instance already shares.
 */
export async function runDailyReminderDigest(options: TSendReminderDigestOptions = {}) {
  const today = options.today ?? todayInLondon()
  const db = mongoose.connection.db
  if (!db) throw new Error('The database is not connected')
  try {
    await db.collection<{ _id: string; startedAt: Date }>(RUNS).insertOne({ _id: `reminder-digest:${today}`, startedAt: new Date() })
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return { ran: false as const }
    throw error
  }
  return { ran: true as const, ...(await sendReminderDigest({ ...options, today })) }
}

/** Checks hourly whether today's digest has run; call once at server start. */
export function scheduleDailyReminderDigest() {
  const tick = () => runDailyReminderDigest().catch((error: unknown) => console.error('Reminder digest failed', error))
  const timer = setInterval(tick, 60 * 60 * 1000)
  timer.unref()
  return timer
}
