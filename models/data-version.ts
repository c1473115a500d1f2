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
 * Schema plugin every model uses: once a write has succeeded, the data version moves on. A write
 * inside a transaction moves it on again when the session ends, because a reader may have read the
 * new version before the commit made the new data visible (real MongoDB isolates transactions).
 */
export function marksDataChanged(schema: Schema) {
  schema.post('save', function () {
    return afterWrite(this.$session())
  })
  schema.post('deleteOne', { document: true, query: false }, function () {
    return afterWrite(this.$session())
  })
  schema.post(QUERY_WRITES, function (this: mongoose.Query<unknown, unknown>) {
    return afterWrite(this.getOptions().session)
  })
  schema.post('insertMany', () => afterWrite(null))
  schema.post('bulkWrite', () => afterWrite(null))
}

const sessionsToMark = new WeakSet<ClientSession>()

async function afterWrite(session: ClientSession | null | undefined) {
  if (session?.inTransaction() && !sessionsToMark.has(session)) {
    sessionsToMark.add(session)
    session.once('ended', () => void markDataChanged().catch((error) => console.error('Could not mark data changed after a transaction', error)))
  }
  await markDataChanged()
}
