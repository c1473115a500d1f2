import { ObjectId, type Collection } from 'mongodb'
import { useTestDatabase } from './harness'

const database = useTestDatabase()

const kent = new ObjectId('65a000000000000000000001')
const leicestershire = new ObjectId('65a000000000000000000002')
const agreementA = new ObjectId('65b000000000000000000001')
const agreementB = new ObjectId('65b000000000000000000002')
const agreementC = new ObjectId('65b000000000000000000003')

interface ObligationRow {
  _id: number
  agreement?: ObjectId | ObjectId[] | null
  authority: ObjectId
  dueOn: string
  state: string
}

async function obligations(): Promise<Collection<ObligationRow>> {
  const collection = database.db.collection<ObligationRow>('obligations')
  await collection.createIndex({ authority: 1, dueOn: 1 })
  await collection.createIndex({ agreement: 1 })
  await collection.insertMany([
    { _id: 1, agreement: agreementA, authority: kent, dueOn: '2026-12-01', state: 'pending' },
    { _id: 2, agreement: agreementA, authority: kent, dueOn: '2026-11-01', state: 'overdue' },
    { _id: 3, agreement: agreementB, authority: kent, dueOn: '2027-01-15', state: 'accepted' },
    { _id: 4, agreement: agreementC, authority: leicestershire, dueOn: '2026-10-01', state: 'pending' },
    // No agreement at all, and one holding a list: $in must treat them as MongoDB does.
    { _id: 5, authority: kent, dueOn: '2026-09-01', state: 'pending' },
    { _id: 6, agreement: [agreementB, agreementC], authority: kent, dueOn: '2026-08-01', state: 'submitted' },
  ])
  return collection
}

const ids = (docs: { _id?: unknown }[]) => docs.map((doc) => doc._id)
// Without a sort MongoDB promises no order; an index lookup may return documents in index order.
const sortedIds = (docs: { _id?: unknown }[]) => ids(docs).sort()

describe('embedded database: equality, $in and $nin on scalar values', () => {
  it('counts documents whose ObjectId is in a list, including documents holding the id in an array', async () => {
    const collection = await obligations()
    // A: 1, 2. B: 3 and 6 (array holds B). The ids are new ObjectId instances, equal by value only.
    const wanted = [new ObjectId(agreementA.toHexString()), new ObjectId(agreementB.toHexString())]
    expect(await collection.countDocuments({ agreement: { $in: wanted } })).toBe(4)
    expect(await collection.countDocuments({ agreement: { $in: wanted }, state: 'pending' })).toBe(1)
  })

  it('matches a missing field with a null choice and excludes it with $nin', async () => {
    const collection = await obligations()
    expect(sortedIds(await collection.find({ agreement: { $in: [null, agreementC] } }).toArray())).toEqual([4, 5, 6])
    // Everything except A's two and the one with no agreement.
    expect(sortedIds(await collection.find({ agreement: { $nin: [agreementA, null] } }).toArray())).toEqual([3, 4, 6])
  })

  it('applies equality and string $in/$nin with a sort and limit, as the dashboards ask', async () => {
    const collection = await obligations()
    const due = await collection
      .find({ authority: kent, state: { $in: ['pending', 'overdue'] } })
      .sort({ dueOn: 1 })
      .limit(2)
      .toArray()
    // Kent's pending or overdue: 5 (2026-09-01), 2 (2026-11-01), 1 (2026-12-01).
    expect(ids(due)).toEqual([5, 2])
    const open = await collection.find({ authority: { $eq: kent }, state: { $nin: ['accepted'] } }).toArray()
    expect(sortedIds(open)).toEqual([1, 2, 5, 6])
  })

  it('applies $in inside $and and $or branches, as permission filters nest them', async () => {
    const collection = await obligations()
    const found = await collection
      .find({
        $and: [
          { $or: [{ authority: leicestershire }, { state: { $in: ['overdue', 'submitted'] } }] },
          { agreement: { $in: [agreementB, agreementC] } },
        ],
      })
      .toArray()
    // B or C: 3, 4, 6. Of those, Leicestershire's (4) or overdue/submitted (6).
    expect(sortedIds(found)).toEqual([4, 6])
  })

  it('answers a $group aggregate behind a leading $match with $in', async () => {
    const collection = await obligations()
    const byState = await collection
      .aggregate([
        { $match: { agreement: { $in: [agreementA, agreementC] } } },
        { $group: { _id: '$state', n: { $sum: 1 } } },
        { $sort: { _id: 1 } },
      ])
      .toArray()
    // A: 1 pending, 2 overdue. C: 4 pending, 6 submitted.
    expect(byState).toEqual([
      { _id: 'overdue', n: 1 },
      { _id: 'pending', n: 2 },
      { _id: 'submitted', n: 1 },
    ])
  })

  it('keeps the aggregate let variables for a leading $match', async () => {
    const collection = await obligations()
    const found = await collection
      .aggregate([{ $match: { state: 'pending', $expr: { $eq: ['$authority', '$$authority'] } } }], {
        let: { authority: leicestershire },
      })
      .toArray()
    expect(ids(found)).toEqual([4])
  })

  it('compares numbers by value and keeps strings and numbers apart', async () => {
    const collection = database.db.collection<{ _id: number; noticePeriod: number | string }>('notices')
    await collection.insertMany([
      { _id: 1, noticePeriod: 20 },
      { _id: 2, noticePeriod: '20' },
      { _id: 3, noticePeriod: 0 },
    ])
    expect(sortedIds(await collection.find({ noticePeriod: { $in: [20, -0] } }).toArray())).toEqual([1, 3])
    expect(ids(await collection.find({ noticePeriod: '20' }).toArray())).toEqual([2])
  })
})
