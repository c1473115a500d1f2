import mongoose, { Schema, type ClientSession } from 'mongoose'

// One counter for the whole database, moved on by every write through a model. A page cached
// against a version is served only while the version is unchanged (app/utils/page-cache.server.ts);
// it lives in the database so that every app process sharing it sees every other's writes.
const PAGES = 'pages'

const dataVersionSchema = new Schema({
  _id: { type: String, required: true },
  version: { type: Number, required: true, default: 0 },
})

export const DataVersion = (mongoose.models.DataVersion ??
  mongoose.model('DataVersion', dataVersionSchema)) as mongoose.Model<{ _id: string; version: number }>

export async function readDataVersion(): Promise<number> {
  const current = await DataVersion.findById(PAGES).lean()
  return current?.version ?? 0
}

export async function markDataChanged() {
  await DataVersion.updateOne({ _id: PAGES }, { $inc: { version: 1 } }, { upsert: true })
}

const QUERY_WRITES: mongoose.MongooseQueryMiddleware[] = ['updateOne', 'updateMany', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace', 'replaceOne', 'deleteOne', 'deleteMany']

/**
 * Schema plugin every model uses: once a write has succeeded, the data version moves on. Writes
 * inside a transaction move it on before the commit makes them visible, so transactions run through
 * `inTransaction`, which moves it on again once they are.
 */
export function marksDataChanged(schema: Schema) {
  schema.post('save', markDataChanged)
  schema.post('deleteOne', { document: true, query: false }, markDataChanged)
  schema.post(QUERY_WRITES, markDataChanged)
  schema.post('insertMany', markDataChanged)
  schema.post('bulkWrite', markDataChanged)
}

/**
 * Runs `work` in a transaction (mongoose retries it on a transient error), then moves the data
 * version on before returning: a reader may have read the version the transaction's own writes set
 * before the commit made them visible (real MongoDB isolates transactions), and the user's next
 * request must not be sent a page kept from before.
 */
export async function inTransaction<TResult>(work: (session: ClientSession) => Promise<TResult>): Promise<TResult> {
  const result = await mongoose.connection.transaction(work)
  await markDataChanged()
  return result
}
