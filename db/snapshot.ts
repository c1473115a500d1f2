import { BSON, type Document } from 'bson'
import type { CollectionView, Mutation } from './engine'

/**
 * About how much of the data one snapshot record holds. Encoding a record runs on the event loop, so
 * this bounds how long the server stops answering between two slices of a compaction (a few
 * milliseconds); a document larger than this is a record of its own (at most 16 MB).
 */
export const SNAPSHOT_RECORD_BYTES = 256 * 1024

/**
 * The mutations that rebuild the collections of `view`, in batches of about `recordBytes` each.
 * Lazy: nothing is sized until the writer asks for the next batch.
 */
export function* snapshotBatches(view: CollectionView[], recordBytes = SNAPSHOT_RECORD_BYTES): Generator<Mutation[]> {
  for (const { db, name, options, indexes, docs } of view) {
    yield [
      { op: 'createCollection', db, coll: name, options },
      ...indexes.map((spec): Mutation => ({ op: 'createIndex', db, coll: name, spec })),
    ]
    let batch: Document[] = []
    let batchBytes = 0
    for (const doc of docs) {
      const size = BSON.calculateObjectSize(doc, { ignoreUndefined: true })
      if (batch.length > 0 && batchBytes + size > recordBytes) {
        yield [{ op: 'putMany', db, coll: name, docs: batch }]
        batch = []
        batchBytes = 0
      }
      batch.push(doc)
      batchBytes += size
    }
    if (batch.length > 0) yield [{ op: 'putMany', db, coll: name, docs: batch }]
  }
}
