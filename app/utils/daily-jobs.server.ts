import { MongoBackend } from '@agendajs/mongo-backend'
import { Agenda } from 'agenda'
import mongoose from 'mongoose'

const JOBS_COLLECTION = 'jobs'
// Before people start work: statuses are current and the reminder digest is waiting in the inbox.
const EVERY_MORNING = '0 6 * * *'

export type TDailyJob = { name: string; run: () => Promise<unknown> }

export type TStartDailyJobsOptions = {
  /** How often this instance looks for a job that is due (Agenda's `processEvery`). */
  processEvery?: string | number
}

/**
 * Runs each job at 06:00 London time every day through Agenda, which keeps the schedule in the
 * database and locks each run: however many app instances share the database, one of them does each
 * day's work, and a run missed while every instance was stopped happens when one next starts.
 */
export async function startDailyJobs(jobs: TDailyJob[], { processEvery = '1 minute' }: TStartDailyJobsOptions = {}) {
  const db = mongoose.connection.db
  if (!db) throw new Error('The database is not connected')
  // Agenda keeps one document per recurring job; two instances starting together on a real MongoDB
  // could otherwise each insert one, and each run would happen twice.
  await db.collection(JOBS_COLLECTION).createIndex({ name: 1 }, { name: 'one_recurring_job_per_name', unique: true, partialFilterExpression: { type: 'single' } })
  const agenda = new Agenda({ backend: new MongoBackend({ mongo: db, collection: JOBS_COLLECTION }), processEvery })
  agenda.on('fail', (error: Error, job: { attrs: { name: string } }) => console.error(`Daily job "${job.attrs.name}" failed`, error))
  for (const job of jobs) {
    agenda.define(job.name, async () => {
      await job.run()
    })
  }
  await agenda.start()
  for (const job of jobs) await agenda.every(EVERY_MORNING, job.name, undefined, { timezone: 'Europe/London', skipImmediate: true })
  return agenda
}
