import { openTestDatabase, type TestDatabase } from './harness'

// A find that leaves out a nested field ("versions.content", as the template list asks) must not
// take it out of the stored document: the next read still has it.
let db: TestDatabase

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db?.close()
})

it('an exclusion projection on a field inside an array leaves the stored document whole', async () => {
  const things = db.client.db().collection('things')
  await things.insertOne({ key: 'k', versions: [{ version: 1, content: { sections: [] }, title: 'T' }] })
  const projected = await things.find({}, { projection: { 'versions.content': 0 } }).toArray()
  expect(projected[0].versions).toEqual([{ version: 1, title: 'T' }])
  const stored = await things.findOne({ key: 'k' })
  expect(stored?.versions).toEqual([{ version: 1, content: { sections: [] }, title: 'T' }])
})
