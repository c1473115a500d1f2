// For service tests against the seeded demo data: a fresh database with it, the demo users as
// actors, and small PDFs to upload as evidence.
import mongoose from 'mongoose'
import { PDFDocument } from 'pdf-lib'
import { seedDemoData } from '#app/seed/seed.server'
import { loadActor, type TActor } from '#app/utils/actor.server'
import { openTestDatabase, type TestDatabase } from '#test/db/harness'
import { useTemporaryFileStore } from '#test/support/file-store'

/** A fresh database with the demo data, mongoose connected to it, and a file store of its own, for this test file's tests. */
export function useSeededDatabase() {
  let database: TestDatabase | undefined
  useTemporaryFileStore()
  beforeAll(async () => {
    database = await openTestDatabase()
    await mongoose.connect(database.uri)
    await seedDemoData()
  }, 120_000)
  afterAll(async () => {
    await mongoose.disconnect()
    await database?.close()
  })
}

/** A seeded demo user, as the services see them. */
export async function demoActor(email: string): Promise<TActor> {
  const user = await mongoose.model('User').findOne({ email }).lean<{ _id: unknown }>()
  const loaded = user ? await loadActor(String(user._id)) : null
  if (!loaded) throw new Error(`No demo user ${email}`)
  return loaded
}

/** A one-page PDF with this text. */
export async function pdfBytes(text: string) {
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText(text)
  return Buffer.from(await pdf.save())
}

/** The bytes as the one chunk of an upload stream. */
export async function* once(bytes: Buffer) {
  yield bytes
}
