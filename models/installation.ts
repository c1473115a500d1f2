import mongoose, { Schema } from 'mongoose'
import { marksDataChanged } from './data-version'

// Facts about this install as a whole: whether it holds the made-up demo data, which every page
// then says in a banner (and which a production start never adds by itself).
const INSTALLATION = 'installation'

const installationSchema = new Schema({
  _id: { type: String, required: true },
  demoDataAddedAt: { type: Date, default: null },
})

// Kept pages carry the banner, so adding the demo data makes them stale.
installationSchema.plugin(marksDataChanged)

export const Installation = (mongoose.models.Installation ??
  mongoose.model('Installation', installationSchema)) as mongoose.Model<{ _id: string; demoDataAddedAt: Date | null }>

export async function markDemoDataAdded() {
  await Installation.updateOne({ _id: INSTALLATION, demoDataAddedAt: null }, { $set: { demoDataAddedAt: new Date() } }, { upsert: true }).catch((error: unknown) => {
    // Already marked by an earlier seed: the upsert's insert collides with the existing document.
    if ((error as { code?: number }).code !== 11000) throw error
  })
}

export async function holdsDemoData() {
  const installation = await Installation.findById(INSTALLATION).lean()
  return Boolean(installation?.demoDataAddedAt)
}
