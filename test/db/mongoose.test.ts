import mongoose, { Schema, type Connection } from 'mongoose'
import { openTestDatabase, type TestDatabase } from './harness'

interface IProvider {
  name: string
  email: string
}
interface IPlacement {
  pupil: string
  provider: mongoose.Types.ObjectId
  days: number
}

let database: TestDatabase
let connection: Connection

beforeEach(async () => {
  database = await openTestDatabase()
  connection = await mongoose.createConnection(database.uri).asPromise()
})

afterEach(async () => {
  await connection.close()
  await database.close()
})

function models() {
  const Provider = connection.model<IProvider>(
    'Provider',
    new Schema<IProvider>({
      name: { type: String, required: true },
      email: { type: String, required: true, unique: true },
    })
  )
  const Placement = connection.model<IPlacement>(
    'Placement',
    new Schema<IPlacement>({
      pupil: { type: String, required: true },
      provider: { type: Schema.Types.ObjectId, ref: 'Provider', required: true },
      days: { type: Number, required: true },
    })
  )
  return { Provider, Placement }
}

describe('embedded database: mongoose', () => {
  it('creates, populates and queries models', async () => {
    const { Provider, Placement } = models()
    await Promise.all([Provider.init(), Placement.init()])
    const bridge = await Provider.create({ name: 'Bridge AP', email: 'office@bridge.example' })
    await Placement.create([
      { pupil: 'P1', provider: bridge._id, days: 10 },
      { pupil: 'P2', provider: bridge._id, days: 5 },
    ])
    const placements = await Placement.find().sort({ pupil: 1 }).populate<{ provider: IProvider }>('provider').lean()
    expect(placements.map((placement) => [placement.pupil, placement.provider.name])).toEqual([
      ['P1', 'Bridge AP'],
      ['P2', 'Bridge AP'],
    ])
    await Placement.updateOne({ pupil: 'P2' }, { $inc: { days: 3 } })
    expect((await Placement.findOne({ pupil: 'P2' }).lean())!.days).toBe(8)
    expect(await Placement.countDocuments({ provider: bridge._id })).toBe(2)
  })

  it('reports a unique violation as code 11000 with the field in keyValue', async () => {
    const { Provider } = models()
    await Provider.init()
    await Provider.create({ name: 'Oak PRU', email: 'office@oak.example' })
    await expect(Provider.create({ name: 'Oak PRU again', email: 'office@oak.example' })).rejects.toMatchObject({
      code: 11000,
      keyValue: { email: 'office@oak.example' },
    })
  })

  it('commits a transaction with connection.transaction', async () => {
    const { Provider, Placement } = models()
    await Promise.all([Provider.init(), Placement.init()])
    await connection.transaction(async (session) => {
      const [provider] = await Provider.create([{ name: 'Elm AP', email: 'elm@example' }], { session })
      await Placement.create([{ pupil: 'P9', provider: provider._id, days: 3 }], { session })
    })
    expect(await Provider.countDocuments()).toBe(1)
    expect(await Placement.countDocuments()).toBe(1)
  })

  it('aborts a transaction: none of its writes remain', async () => {
    const { Provider } = models()
    await Provider.init()
    await Provider.create({ name: 'Kept', email: 'kept@example' })
    await expect(
      connection.transaction(async (session) => {
        await Provider.create([{ name: 'Discarded', email: 'discarded@example' }], { session })
        await Provider.updateOne({ email: 'kept@example' }, { $set: { name: 'Renamed' } }, { session })
        throw new Error('signing failed')
      })
    ).rejects.toThrow('signing failed')
    expect((await Provider.find().lean()).map((provider) => provider.name)).toEqual(['Kept'])
  })

  it('commits and aborts with the driver session API', async () => {
    const client = database.client
    const notices = client.db().collection('notices')
    await notices.insertOne({ ref: 'seed' })
    const session = client.startSession()
    try {
      await session.withTransaction(async () => {
        await notices.insertOne({ ref: 'committed' }, { session })
        expect(await notices.countDocuments({}, { session })).toBe(2)
      })
      session.startTransaction()
      await notices.insertOne({ ref: 'aborted' }, { session })
      await notices.deleteOne({ ref: 'seed' }, { session })
      await session.abortTransaction()
    } finally {
      await session.endSession()
    }
    expect(
      (
        await notices
          .find({}, { projection: { _id: 0 } })
          .sort({ ref: 1 })
          .toArray()
      ).map((notice) => notice.ref)
    ).toEqual(['committed', 'seed'])
  })
})
