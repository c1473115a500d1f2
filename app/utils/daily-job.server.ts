import mongoose from 'mongoose'

const RUNS = 'job_runs'

/**
 * Claims today's run of a daily job for this instance: the first instance to insert the day's run
 * record (a unique _id) gets true and does the work; the others get a duplicate-key error and false.
 * `agenda` was not added: this needs nothing but the database every instance already shares.
 */
export async function claimDailyRun(job: string, today: string): Promise<boolean> {
  const db = mongoose.connection.db
  if (!db) throw new Error('The database is not connected')
  try {
    await db.collection<{ _id: string; startedAt: Date }>(RUNS).insertOne({ _id: `${job}:${today}`, startedAt: new Date() })
    return true
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return false
    throw error
  }
}

/** Runs each job hourly; each claims its day, so it does its work once a day. Call once at server start. */
export function scheduleDailyJobs(jobs: Record<string, () => Promise<unknown>>) {
  const tick = () => {
    for (const [name, run] of Object.entries(jobs)) run().catch((error: unknown) => console.error(`Daily job "${name}" failed`, error))
  }
  const timer = setInterval(tick, 60 * 60 * 1000)
  timer.unref()
  return timer
}
