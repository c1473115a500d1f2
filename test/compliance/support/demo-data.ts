// For compliance tests against the seeded demo data: the demo users as actors, and small PDFs to
// upload as evidence.
import mongoose from 'mongoose'
import { PDFDocument } from 'pdf-lib'
import { loadActor, type TActor } from '#app/utils/actor.server'

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
