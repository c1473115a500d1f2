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
 * made in a transaction (a document's or a query's session) leave it to `inTransaction`, which
 * moves it on once, after the commit has made them visible: moving it before would only make kept
 * pages stale early, once per write.
 */
export function marksDataChanged(schema: Schema) {
  schema.post('save', markUnlessInTransaction)
  schema.post('deleteOne', { document: true, query: false }, markUnlessInTransaction)
  schema.post(QUERY_WRITES, markUnlessInTransaction)
  schema.post('insertMany', markDataChanged)
  schema.post('bulkWrite', markDataChanged)
}

type TWrite = { $session?: () => ClientSession | null; getOptions?: () => { session?: ClientSession | null } }

async function markUnlessInTransaction(this: TWrite) {
  const session = typeof this.$session === 'function' ? this.$session() : this.getOptions?.().session
  if (session?.inTransaction()) return
  await markDataChanged()
}

/**
 * Runs `work` in a transaction (mongoose retries it on a transient error), then moves the data
 * version on once before returning: until the commit a reader sees none of its writes (real MongoDB
 * isolates transactions), and the user's next request must not be sent a page kept from before.
 */
export async function inTransaction<TResult>(work: (session: ClientSession) => Promise<TResult>): Promise<TResult> {
  const result = await mongoose.connection.transaction(work)
  await markDataChanged()
  return result
}
