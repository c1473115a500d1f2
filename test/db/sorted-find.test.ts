import { ObjectId, type Collection, type Document, type Filter } from 'mongodb'
import { useTestDatabase } from './harness'

// A sort with a limit on an indexed string field is answered by walking the index in order and
// stopping early (db/query.ts orderedMatches); these check it gives exactly what a full sort gives.

const database = useTestDatabase()

const provider = new ObjectId('65c000000000000000000001')
const otherProvider = new ObjectId('65c000000000000000000002')

interface Instance {
  _id: number
  organisation: ObjectId
  dueOn: unknown
  state: string
  title: string
}

async function instances(rows: Instance[]): Promise<Collection<Instance>> {
  const collection = database.db.collection<Instance>('obligations')
  await collection.createIndex({ organisation: 1, dueOn: 1 })
  await collection.createIndex({ dueOn: 1 })
  await collection.insertMany(rows)
  return collection
}

const ids = (docs: Document[]) => docs.map((doc) => doc._id)

describe('find with sort and limit on an indexed field', () => {
  it('returns the earliest due first, ties broken by the second sort key, across the limit', async () => {
    const collection = await instances([
      { _id: 1, organisation: provider, dueOn: '2026-12-18', state: 'pending', title: 'Local Activity Report, Term 2' },
      { _id: 2, organisation: provider, dueOn: '2026-11-10', state: 'pending', title: 'Attendance return, October' },
      { _id: 3, organisation: provider, dueOn: '2026-11-10', state: 'returned', title: 'Anti-bullying log' },
      { _id: 4, organisation: otherProvider, dueOn: '2026-10-01', state: 'pending', title: 'Budget plan' },
      { _id: 5, organisation: provider, dueOn: '2026-11-10', state: 'accepted', title: 'Admissions return' },
      { _id: 6, organisation: provider, dueOn: '2027-03-31', state: 'pending', title: 'Expenditure report' },
    ])
    const waiting: Filter<Instance> = { $and: [{ organisation: { $in: [provider] } }, { state: { $in: ['pending', 'returned'] } }] }

    // 10 November holds three instances; only 2 and 3 are waiting; "Anti-bullying" sorts before "Attendance".
    expect(ids(await collection.find(waiting).sort({ dueOn: 1, title: 1 }).limit(2).toArray())).toEqual([3, 2])
    expect(ids(await collection.find(waiting).sort({ dueOn: 1, title: 1 }).skip(2).limit(2).toArray())).toEqual([1, 6])
    expect(ids(await collection.find(waiting).sort({ dueOn: -1, title: 1 }).limit(3).toArray())).toEqual([6, 1, 3])
    // Up to the end of December, latest first: the reminder list's shape.
    const dueBy = { $and: [waiting, { dueOn: { $lte: '2026-12-31' } }] }
    expect(ids(await collection.find(dueBy).sort({ dueOn: -1, title: 1 }).limit(2).toArray())).toEqual([1, 3])
    const after = { $and: [waiting, { dueOn: { $gt: '2026-11-10', $lt: '2027-03-31' } }] }
    expect(ids(await collection.find(after).sort({ dueOn: 1 }).limit(5).toArray())).toEqual([1])
    // An $or of one branch, as CASL's accessibleBy writes a single rule, fixes the organisation too.
    const accessible = { $and: [{ $or: [{ organisation: provider }] }, { state: { $in: ['pending', 'returned'] } }] }
    expect(ids(await collection.find(accessible).sort({ dueOn: 1, title: 1 }).limit(3).toArray())).toEqual([3, 2, 1])
    // Without the organisation, the one-field index orders every provider's instances.
    expect(ids(await collection.find({}).sort({ dueOn: 1, _id: 1 }).limit(2).toArray())).toEqual([4, 2])
  })

  it('still sorts every document once one holds a value that is not a single string', async () => {
    const collection = await instances([
      { _id: 1, organisation: provider, dueOn: '2026-12-18', state: 'pending', title: 'B' },
      { _id: 2, organisation: provider, dueOn: '2026-11-10', state: 'pending', title: 'A' },
    ])
    // Numbers sort before strings and a missing field before both, in MongoDB's order of types.
    await collection.insertOne({ _id: 3, organisation: provider, dueOn: 20261001, state: 'pending', title: 'C' })
    await collection.insertOne({ _id: 4, organisation: provider, state: 'pending', title: 'D' } as Instance)
    expect(ids(await collection.find({ organisation: provider }).sort({ dueOn: 1 }).limit(3).toArray())).toEqual([4, 3, 2])
    await collection.deleteMany({ _id: { $in: [3, 4] } })
    expect(ids(await collection.find({ organisation: provider }).sort({ dueOn: 1 }).limit(1).toArray())).toEqual([2])
  })

  it('follows inserts, updates that move a document and deletes', async () => {
    const collection = await instances([
      { _id: 1, organisation: provider, dueOn: '2026-12-18', state: 'pending', title: 'A' },
      { _id: 2, organisation: provider, dueOn: '2026-11-10', state: 'pending', title: 'B' },
    ])
    await collection.updateOne({ _id: 2 }, { $set: { dueOn: '2027-01-05' } })
    await collection.insertOne({ _id: 3, organisation: provider, dueOn: '2026-12-01', state: 'pending', title: 'C' })
    expect(ids(await collection.find({ organisation: provider }).sort({ dueOn: 1 }).limit(2).toArray())).toEqual([3, 1])
    await collection.deleteOne({ _id: 3 })
    await collection.updateOne({ _id: 1 }, { $set: { organisation: otherProvider } })
    expect(ids(await collection.find({ organisation: provider }).sort({ dueOn: 1 }).limit(2).toArray())).toEqual([2])
    expect(ids(await collection.find({ organisation: otherProvider }).sort({ dueOn: -1 }).limit(2).toArray())).toEqual([1])
  })

  it('agrees with a full sort of an unindexed copy for many random filters', async () => {
    const states = ['pending', 'submitted', 'accepted', 'returned', 'resubmitted']
    let seed = 7
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % below
    }
    const rows: Instance[] = Array.from({ length: 600 }, (_, n) => ({
      _id: n,
      organisation: random(3) === 0 ? otherProvider : provider,
      dueOn: `2026-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`,
      state: states[random(states.length)],
      title: `Report ${random(40)}`,
    }))
    const indexed = await instances(rows)
    const plain = database.db.collection<Instance>('plain')
    await plain.insertMany(rows)
    for (let round = 0; round < 40; round += 1) {
      const filter: Filter<Instance> = {
        $and: [
          { organisation: { $in: [round % 2 ? provider : otherProvider] } },
          { state: { $in: [states[random(5)], states[random(5)]] } },
          round % 3 ? { dueOn: { $lte: `2026-${String(1 + random(12)).padStart(2, '0')}-15` } } : {},
        ],
      }
      const sort = { dueOn: round % 4 < 2 ? 1 : -1, title: 1, _id: 1 } as const
      const skip = random(5)
      const limit = 1 + random(30)
      const expected = ids(await plain.find(filter).sort(sort).skip(skip).limit(limit).toArray())
      expect(ids(await indexed.find(filter).sort(sort).skip(skip).limit(limit).toArray())).toEqual(expected)
    }
  })
})
