// The data version the page cache checks: every successful write through any model moves it on,
// reads and refused writes do not, and a transaction through inTransaction moves it on once, after its commit.
import mongoose from 'mongoose'
import { openTestDatabase, type TestDatabase } from '#test/db/harness'
import '#models/agreement'
import '#models/agreement-event'
import '#models/api-token'
import '#models/audit-event'
import '#models/calendar-feed'
import '#models/evidence'
import '#models/kpi-return'
import '#models/obligation'
import '#models/signed-out-session'
import '#models/signing-request'
import '#models/term-calendar'
import '#models/user'
import { DataVersion, inTransaction, marksDataChanged, readDataVersion } from '#models/data-version'
import { Organisation } from '#models/organisation'

let database: TestDatabase | undefined

beforeAll(async () => {
  database = await openTestDatabase()
  await mongoose.connect(database.uri)
  await Organisation.init()
})

afterAll(async () => {
  await mongoose.disconnect()
  await database?.close()
})

/** How far the version moved on while `write` ran. */
async function moves(write: () => Promise<unknown>) {
  const before = await readDataVersion()
  await write()
  return (await readDataVersion()) - before
}

const school = (name: string) => ({ name, kind: 'school' as const, parentAuthority: null })

describe('the data version', () => {
  test('every model marks the data changed on write, but the version itself and three no kept page shows', () => {
    const names = mongoose.modelNames().filter((name) => name !== DataVersion.modelName)
    expect(names.length).toBeGreaterThanOrEqual(14)
    // Mongoose keeps a schema's plugins on `plugins`, which its types leave out.
    const pluginsOf = (name: string) => (mongoose.model(name).schema as unknown as { plugins: Array<{ fn: unknown }> }).plugins
    const without = names.filter((name) => !pluginsOf(name).some((plugin) => plugin.fn === marksDataChanged))
    // Written by reads (an API call, a calendar poll, an audited download); a model added to a kept
    // page must use the plugin, and one added here must say in its file why it does not.
    expect(without.sort()).toEqual(['ApiToken', 'AuditEvent', 'CalendarFeed'])
  })

  test('moves on after each kind of write: save, update, find-and-modify, delete, insertMany, bulkWrite', async () => {
    expect(await moves(() => Organisation.create(school('Oak Academy')))).toBe(1)
    expect(await moves(() => Organisation.updateOne({ name: 'Oak Academy' }, { $set: { 'address.town': 'Ashford' } }))).toBe(1)
    expect(await moves(() => Organisation.findOneAndUpdate({ name: 'Oak Academy' }, { $set: { 'address.town': 'Dover' } }))).toBe(1)
    expect(await moves(() => Organisation.insertMany([school('Elm School'), school('Ash School')]))).toBe(1)
    expect(await moves(() => Organisation.bulkWrite([{ updateOne: { filter: { name: 'Elm School' }, update: { $set: { 'address.town': 'Deal' } } } }]))).toBe(1)
    const ash = await Organisation.findOne({ name: 'Ash School' }).orFail()
    expect(await moves(() => ash.deleteOne())).toBeGreaterThanOrEqual(1)
    expect(await moves(() => Organisation.deleteMany({ name: { $in: ['Oak Academy', 'Elm School'] } }))).toBe(1)
    expect(await Organisation.countDocuments()).toBe(0)
  })

  test('stays put for reads and for writes that fail', async () => {
    await Organisation.create(school('Birch School'))
    expect(await moves(() => Organisation.find().lean())).toBe(0)
    expect(await moves(() => Organisation.countDocuments())).toBe(0)
    expect(await moves(() => Organisation.create({ name: 'No kind' }).catch(() => null))).toBe(0)
    expect(await moves(() => Organisation.create(school('Birch School')).catch(() => null))).toBe(0)
  })

  test('moves on once for a whole transaction, after its commit and before inTransaction returns', async () => {
    const before = await readDataVersion()
    let during = -1
    await inTransaction(async (session) => {
      await Organisation.create([school('Rowan School')], { session })
      await Organisation.updateOne({ name: 'Rowan School' }, { $set: { 'address.town': 'Hythe' } }, { session })
      const rowan = await Organisation.findOne({ name: 'Rowan School' }).session(session).orFail()
      rowan.set('address.town', 'Folkestone')
      await rowan.save()
      during = await readDataVersion()
    })
    expect(during).toBe(before)
    expect((await readDataVersion()) - before).toBe(1)
    expect(await Organisation.countDocuments({ name: 'Rowan School', 'address.town': 'Folkestone' })).toBe(1)
  })

  test('a transaction that fails leaves it where it was', async () => {
    const before = await readDataVersion()
    const failing = inTransaction(async (session) => {
      await Organisation.create([school('Hazel School')], { session })
      throw new Error('refused part-way')
    })
    await expect(failing).rejects.toThrow('refused part-way')
    expect(await readDataVersion()).toBe(before)
    expect(await Organisation.countDocuments({ name: 'Hazel School' })).toBe(0)
  })
})
