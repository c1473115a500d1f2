// The daily jobs (agreement statuses, reminder digest) run through Agenda: two app instances sharing
// one database schedule each job once, and only one of them runs it when 06:00 London time comes.
import mongoose from 'mongoose'
import { type Agenda } from 'agenda'
import { startDailyJobs } from '#app/utils/daily-jobs.server'
import { londonDateAndTime } from '#clauses/calendar/dates'
import { openTestDatabase, type TestDatabase } from '#test/db/harness'

let database: TestDatabase | undefined
let instances: Agenda[] = []

beforeAll(async () => {
  database = await openTestDatabase()
  await mongoose.connect(database.uri)
})

afterAll(async () => {
  await Promise.all(instances.map((agenda) => agenda.stop()))
  await mongoose.connection.dropDatabase()
  await mongoose.disconnect()
  await database?.close()
})

const DAY_MS = 24 * 60 * 60 * 1000
const jobsCollection = () => mongoose.connection.db!.collection('jobs')

describe('the daily jobs', () => {
  test('two instances schedule a job once, for 06:00 London time, and exactly one of them runs it when it is due', async () => {
    const runs: string[] = []
    const jobs = (instance: string) => [{ name: 'agreement statuses', run: async () => void runs.push(instance) }]
    instances = await Promise.all([startDailyJobs(jobs('first'), { processEvery: 50 }), startDailyJobs(jobs('second'), { processEvery: 50 })])

    const scheduled = await jobsCollection().find({ name: 'agreement statuses' }).toArray()
    expect(scheduled).toHaveLength(1)
    const nextRunAt = scheduled[0].nextRunAt as Date
    expect(londonDateAndTime(nextRunAt).time).toBe('06:00')
    expect(nextRunAt.getTime() - Date.now()).toBeGreaterThan(0)
    expect(nextRunAt.getTime() - Date.now()).toBeLessThanOrEqual(DAY_MS)
    // Starting an instance does not run the job.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(runs).toEqual([])

    // 06:00 comes (or came while every instance was stopped).
    await jobsCollection().updateOne({ name: 'agreement statuses' }, { $set: { nextRunAt: new Date(Date.now() - 1000) } })
    await vi.waitFor(() => expect(runs).toHaveLength(1), { timeout: 5000, interval: 25 })
    // Both instances keep looking for due work; neither runs it again.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(runs).toHaveLength(1)
    const after = await jobsCollection().findOne({ name: 'agreement statuses' })
    expect(after?.lastFinishedAt).toBeInstanceOf(Date)
    expect(londonDateAndTime(after?.nextRunAt as Date).time).toBe('06:00')
    expect((after?.nextRunAt as Date).getTime()).toBeGreaterThan(Date.now())
  })
})
