// Bytes no record names (an upload cut short, a save that failed after its file was kept) are swept
// after the grace period; bytes a record names, and fresh bytes, are never touched. On each backend.
import { writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import mongoose from 'mongoose'
import { putBytes } from '#app/file-store/file-store.server'
import { SWEEP_GRACE_MS, sweepUnreferencedFiles } from '#app/file-store/sweep-unreferenced-files.server'
import { Evidence } from '#models/evidence'
import { SigningRequest } from '#models/signing-request'
import { openTestDatabase, type TestDatabase } from '#test/db/harness'
import { storedKeys } from '#test/support/file-store'
import { BACKENDS, openTestStore, type TTestStore } from './support/stores'

let database: TestDatabase

beforeAll(async () => {
  database = await openTestDatabase()
  await mongoose.connect(database.uri)
})

afterAll(async () => {
  await mongoose.disconnect()
  await database.close()
})

describe.each(BACKENDS)('the sweep on the %s store', (backend) => {
  let test_: TTestStore
  beforeAll(async () => {
    test_ = await openTestStore(backend)
  })
  afterAll(async () => {
    await test_?.stop()
  })

  test('removes only bytes no evidence or signing request names, once past the grace period, and abandoned spool files', async () => {
    const evidenceFile = await putBytes(test_.store, Buffer.from(`evidence ${backend}`))
    const drawnFile = await putBytes(test_.store, Buffer.from(`drawn signature ${backend}`))
    const orphan = await putBytes(test_.store, Buffer.from(`orphan ${backend}`))
    // Written straight to the collections: the sweep reads what is stored, whatever wrote it.
    await Evidence.collection.insertOne({ storeKey: evidenceFile.key, filename: 'report.pdf' })
    await SigningRequest.collection.insertOne({ documentStoreKey: null, signatories: [{ signature: null }, { signature: { drawnStoreKey: drawnFile.key } }] })
    await mkdir(test_.store.spoolDir, { recursive: true })
    await writeFile(path.join(test_.store.spoolDir, 'upload-abandoned'), 'half an upload')

    // Within the grace period nothing goes, not even the orphan: its record may be being saved now.
    expect(await sweepUnreferencedFiles({ store: test_.store })).toEqual({ removedFiles: 0, removedBytes: 0, removedSpoolFiles: 0 })
    expect(await storedKeys(test_.store)).toEqual([evidenceFile.key, drawnFile.key, orphan.key].sort())

    const dayLater = Date.now() + SWEEP_GRACE_MS + 60_000
    expect(await sweepUnreferencedFiles({ store: test_.store, now: dayLater })).toEqual({ removedFiles: 1, removedBytes: orphan.size, removedSpoolFiles: 1 })
    expect(await storedKeys(test_.store)).toEqual([evidenceFile.key, drawnFile.key].sort())
  })
})
