import { ObjectId, type Document } from 'bson'
import { Query } from 'mingo'
import { type Collection, type WriteContext, duplicateKey } from '../engine'
import { badValue, failedToParse, toCommandError } from '../errors'
import { valueKey } from '../keys'
import { mingoOptions } from '../mingo-options'
import { candidates, matching, project, rejectCollation, rejectDecimalComparisons, sortableBy } from '../query'
import { equalityFields, updatedDocument } from '../update'
import type { Invocation, ServerState } from './context'

export function insert({ db, command, context }: Invocation, server: ServerState): Document {
  const collection = server.store.engine.collectionForWrite(context, db, String(command.insert))
  const documents = (command.documents as Document[]) ?? []
  const writeErrors: Document[] = []
  let n = 0
  for (const [index, document] of documents.entries()) {
    try {
      // MongoDB stores _id as the first field whatever order the client sent.
      const stored = { _id: document._id === undefined ? new ObjectId() : document._id, ...document }
      if (Array.isArray(stored._id)) throw badValue("can't use an array for _id")
      if (collection.docs.has(valueKey(stored._id))) throw duplicateKey(collection, collection.indexes[0], stored)
      server.store.engine.put(context, collection, stored)
      n += 1
    } catch (error) {
      writeErrors.push(writeError(index, error))
      if (command.ordered !== false) break
    }
  }
  return withWriteErrors({ n, ok: 1 }, writeErrors)
}

export function update({ db, command, context }: Invocation, server: ServerState): Document {
  const collection = server.store.engine.collectionForWrite(context, db, String(command.update))
  const writeErrors: Document[] = []
  const upserted: Document[] = []
  let n = 0
  let nModified = 0
  for (const [index, statement] of ((command.updates as Document[]) ?? []).entries()) {
    try {
      rejectCollation(statement.collation)
      const result = updateStatement(server, context, collection, statement)
      n += result.matched
      nModified += result.modified
      if (result.upsertedId !== undefined) {
        n += 1
        upserted.push({ index, _id: result.upsertedId })
      }
    } catch (error) {
      writeErrors.push(writeError(index, error))
      if (command.ordered !== false) break
    }
  }
  const reply: Document = { n, nModified, ok: 1 }
  if (upserted.length) reply.upserted = upserted
  return withWriteErrors(reply, writeErrors)
}

function updateStatement(server: ServerState, context: WriteContext, collection: Collection, statement: Document) {
  const filter = (statement.q as Document) ?? {}
  rejectDecimalComparisons(filter)
  rejectDecimalComparisons(statement.u)
  const query = new Query(filter, mingoOptions)
  const matches: Document[] = []
  for (const doc of candidates(collection, filter)) {
    if (!query.test(doc)) continue
    matches.push(doc)
    if (!statement.multi) break
  }
  if (matches.length === 0 && statement.upsert) {
    const inserted = upsert(server, context, collection, filter, statement.u, statement.arrayFilters)
    return { matched: 0, modified: 0, upsertedId: inserted._id }
  }
  let modified = 0
  for (const doc of matches) {
    const changed = updatedDocument(doc, statement.u, statement.arrayFilters, filter)
    if (!changed) continue
    server.store.engine.put(context, collection, changed)
    modified += 1
  }
  return { matched: matches.length, modified, upsertedId: undefined }
}

function upsert(
  server: ServerState,
  context: WriteContext,
  collection: Collection,
  filter: Document,
  change: unknown,
  arrayFilters: unknown
): Document {
  const seed = equalityFields(filter)
  const built = updatedDocument(seed, change, arrayFilters, undefined, true) ?? seed
  const withId = built._id === undefined ? { _id: seed._id ?? new ObjectId(), ...built } : built
  const doc = withId._id === undefined ? withId : { _id: withId._id, ...withId }
  server.store.engine.put(context, collection, doc)
  return doc
}

export function remove({ db, command, context }: Invocation, server: ServerState): Document {
  const collection = server.store.engine.collection(db, String(command.delete))
  const writeErrors: Document[] = []
  let n = 0
  for (const [index, statement] of ((command.deletes as Document[]) ?? []).entries()) {
    try {
      rejectCollation(statement.collation)
      if (!collection) continue
      const filter = (statement.q as Document) ?? {}
      const query = new Query(filter, mingoOptions)
      for (const doc of [...candidates(collection, filter)]) {
        if (!query.test(doc)) continue
        server.store.engine.delete(context, collection, doc)
        n += 1
        if (Number(statement.limit) === 1) break
      }
    } catch (error) {
      writeErrors.push(writeError(index, error))
      if (command.ordered !== false) break
    }
  }
  return withWriteErrors({ n, ok: 1 }, writeErrors)
}

export function findAndModify({ db, command, context }: Invocation, server: ServerState): Document {
  rejectCollation(command.collation)
  const name = String(command.findAndModify ?? command.findandmodify)
  const filter = (command.query as Document) ?? {}
  const existing = server.store.engine.collection(db, name)
  const matches = matching(existing, filter)
  let cursor = new Query({}, mingoOptions).find(matches)
  if (command.sort && Object.keys(command.sort).length) cursor = cursor.sort(sortableBy(matches, command.sort))
  const [found] = cursor.limit(1).all() as Document[]
  const fields = command.fields as Document | undefined
  if (command.remove) {
    if (found) server.store.engine.delete(context, existing!, found)
    return { lastErrorObject: { n: found ? 1 : 0 }, value: found ? project(found, fields) : null, ok: 1 }
  }
  if (command.update === undefined) throw failedToParse('Either an update or remove=true must be specified')
  rejectDecimalComparisons(command.update)
  const collection = server.store.engine.collectionForWrite(context, db, name)
  if (!found) {
    if (!command.upsert) return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 }
    const inserted = upsert(server, context, collection, filter, command.update, command.arrayFilters)
    return {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: inserted._id },
      value: command.new ? project(inserted, fields) : null,
      ok: 1,
    }
  }
  const changed = updatedDocument(found, command.update, command.arrayFilters, filter)
  if (changed) server.store.engine.put(context, collection, changed)
  const value = command.new ? changed ?? found : found
  return { lastErrorObject: { n: 1, updatedExisting: true }, value: project(value, fields), ok: 1 }
}

function writeError(index: number, error: unknown): Document {
  const { message, code, extra } = toCommandError(error)
  return { index, code, errmsg: message, ...extra }
}

function withWriteErrors(reply: Document, writeErrors: Document[]): Document {
  if (writeErrors.length) reply.writeErrors = writeErrors
  return reply
}
