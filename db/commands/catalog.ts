import type { Document } from 'bson'
import { Query } from 'mingo'
import type { IndexSpec } from '../engine'
import { CommandError, namespaceNotFound, operationNotSupported } from '../errors'
import { valueKey } from '../keys'
import { mingoOptions } from '../mingo-options'
import type { Invocation, ServerState } from './context'

export function createIndexes({ db, command, context }: Invocation, server: ServerState): Document {
  const name = String(command.createIndexes)
  const createdCollectionAutomatically = !server.store.engine.collection(db, name)
  const collection = server.store.engine.collectionForWrite(context, db, name)
  const numIndexesBefore = collection.indexes.length
  for (const requested of (command.indexes as Document[]) ?? []) {
    if (requested.collation) throw operationNotSupported('index collation is not supported by the embedded server')
    const spec: IndexSpec = { v: 2, key: requested.key, name: requested.name }
    for (const option of ['unique', 'sparse', 'partialFilterExpression', 'expireAfterSeconds'] as const) {
      if (requested[option] !== undefined) spec[option] = requested[option]
    }
    server.store.engine.createIndex(context, collection, spec)
  }
  const numIndexesAfter = collection.indexes.length
  const reply: Document = { createdCollectionAutomatically, numIndexesBefore, numIndexesAfter, ok: 1 }
  if (numIndexesAfter === numIndexesBefore) reply.note = 'all indexes already exist'
  return reply
}

export function listIndexes({ db, command }: Invocation, server: ServerState): Document {
  const name = String(command.listIndexes)
  const collection = server.store.engine.collection(db, name)
  if (!collection) throw namespaceNotFound(`ns does not exist: ${db}.${name}`)
  const specs = collection.indexes.map((index) => ({ v: 2, ...index.spec }))
  return server.cursors.open(`${db}.${name}`, specs, command.cursor?.batchSize)
}

export function dropIndexes({ db, command, context }: Invocation, server: ServerState): Document {
  const name = String(command.dropIndexes ?? command.deleteIndexes)
  const collection = server.store.engine.collection(db, name)
  if (!collection) throw namespaceNotFound(`ns not found ${db}.${name}`)
  const nIndexesWas = collection.indexes.length
  const requested = command.index
  const names =
    requested === '*'
      ? collection.indexes.slice(1).map((index) => index.spec.name)
      : Array.isArray(requested)
      ? requested.map(String)
      : typeof requested === 'string'
      ? [requested]
      : collection.indexes
          .filter((index) => valueKey(index.spec.key) === valueKey(requested))
          .map((index) => index.spec.name)
  if (names.length === 0 && requested !== '*')
    throw new CommandError(`can't find index with key: ${JSON.stringify(requested)}`, 27, 'IndexNotFound')
  for (const indexName of names) server.store.engine.dropIndex(context, collection, indexName)
  return { nIndexesWas, ok: 1 }
}

export function create({ db, command, context }: Invocation, server: ServerState): Document {
  const name = String(command.create)
  for (const option of [
    'capped',
    'viewOn',
    'timeseries',
    'clusteredIndex',
    'validator',
    'changeStreamPreAndPostImages',
  ]) {
    if (command[option])
      throw operationNotSupported(`collection option '${option}' is not supported by the embedded server`)
  }
  // MongoDB 7 answers ok when the collection already exists with the same (here: no) options (SERVER-60064).
  if (server.store.engine.collection(db, name)) return { ok: 1 }
  server.store.engine.collectionForWrite(context, db, name)
  return { ok: 1 }
}

export function drop({ db, command, context }: Invocation, server: ServerState): Document {
  const name = String(command.drop)
  const collection = server.store.engine.collection(db, name)
  if (!collection) throw namespaceNotFound('ns not found')
  const nIndexesWas = collection.indexes.length
  server.store.engine.dropCollection(context, db, name)
  return { ns: `${db}.${name}`, nIndexesWas, ok: 1 }
}

export function dropDatabase({ db, context }: Invocation, server: ServerState): Document {
  server.store.engine.dropDatabase(context, db)
  return { dropped: db, ok: 1 }
}

export function listCollections({ db, command }: Invocation, server: ServerState): Document {
  const entries = server.store.engine.collectionNames(db).map((name) => ({
    name,
    type: 'collection',
    options: server.store.engine.collection(db, name)!.options,
    info: { readOnly: false },
    idIndex: { v: 2, key: { _id: 1 }, name: '_id_' },
  }))
  const filtered = command.filter
    ? (new Query(command.filter, mingoOptions).find(entries).all() as Document[])
    : entries
  const shown = command.nameOnly ? filtered.map(({ name, type }) => ({ name, type })) : filtered
  return server.cursors.open(`${db}.$cmd.listCollections`, shown, command.cursor?.batchSize)
}

export function listDatabases({ command }: Invocation, server: ServerState): Document {
  const databases = [...server.store.engine.databases.entries()].map(([name, collections]) => {
    let count = 0
    for (const collection of collections.values()) count += collection.docs.size
    return { name, sizeOnDisk: count * 256, empty: count === 0 }
  })
  const filtered = command.filter
    ? (new Query(command.filter, mingoOptions).find(databases).all() as Document[])
    : databases
  if (command.nameOnly) return { databases: filtered.map(({ name }) => ({ name })), ok: 1 }
  const totalSize = filtered.reduce((sum, database) => sum + Number(database.sizeOnDisk), 0)
  return { databases: filtered, totalSize, totalSizeMb: Math.round(totalSize / 1048576), ok: 1 }
}
