import { type Document } from 'bson'
import { Aggregator, Query } from 'mingo'
import type { Options } from 'mingo/types'
import { CommandError, operationNotSupported } from '../errors'
import { pathValues, valueKey } from '../keys'
import { mingoOptions } from '../mingo-options'
import { compileFilter } from '../filter'
import { candidates, matching, orderedMatches, projectAll, rejectCollation, sortableBy } from '../query'
import type { Invocation, ServerState } from './context'

// Stages that would write elsewhere or need server internals; mingo must not run them silently.
const UNSUPPORTED_STAGES = new Set([
  '$out',
  '$merge',
  '$changeStream',
  '$currentOp',
  '$collStats',
  '$indexStats',
  '$listSessions',
  '$search',
  '$geoNear',
  '$planCacheStats',
])

export function find({ db, command }: Invocation, server: ServerState): Document {
  rejectCollation(command.collation)
  if (command.tailable) throw operationNotSupported('tailable cursors are not supported by the embedded server')
  const name = String(command.find)
  const collection = server.store.engine.collection(db, name)
  const filter = (command.filter as Document) ?? {}
  const sort = command.sort && Object.keys(command.sort).length ? (command.sort as Document) : undefined
  const skip = Number(command.skip ?? 0)
  const limit = Math.abs(Number(command.limit ?? 0))
  const matches = (sort && limit && orderedMatches(collection, filter, sort, skip + limit)) || matching(collection, filter)
  // Sorted before projecting, as MongoDB does, so a sort may use a field the projection leaves out.
  let cursor = new Query({}, mingoOptions).find(matches)
  if (sort) cursor = cursor.sort(sortableBy(matches, sort))
  if (skip) cursor = cursor.skip(skip)
  if (limit) cursor = cursor.limit(limit)
  const docs = projectAll(cursor.all() as Document[], command.projection)
  const singleBatch = command.singleBatch === true || Number(command.limit ?? 0) < 0
  return server.cursors.open(`${db}.${name}`, docs, command.batchSize, singleBatch)
}

export function getMore({ command }: Invocation, server: ServerState): Document {
  return server.cursors.next(command.getMore, command.batchSize)
}

export function killCursors({ command }: Invocation, server: ServerState): Document {
  return server.cursors.kill((command.cursors as unknown[]) ?? [])
}

export function aggregate({ db, command }: Invocation, server: ServerState): Document {
  rejectCollation(command.collation)
  if (typeof command.aggregate !== 'string') {
    throw operationNotSupported('database-level aggregate ({ aggregate: 1 }) is not supported by the embedded server')
  }
  if (command.explain) throw operationNotSupported('explain is not supported by the embedded server')
  const pipeline = (command.pipeline as Document[]) ?? []
  for (const stage of pipeline) {
    const stageName = Object.keys(stage)[0]
    if (UNSUPPORTED_STAGES.has(stageName)) {
      throw new CommandError(`${stageName} is not supported by the embedded server`, 40324, 'Location40324')
    }
  }
  const collection = server.store.engine.collection(db, command.aggregate)
  const options: Partial<Options> = {
    ...mingoOptions,
    collectionResolver: (name) => [...(server.store.engine.collection(db, name)?.docs.values() ?? [])],
    variables: command.let,
  }
  const firstMatch = leadingMatch(pipeline)
  let source = collection ? [...candidates(collection, firstMatch ?? {})] : []
  // The leading $match is applied here, with the same options the Aggregator would give it, so its
  // $in can use the prepared Set (see compileFilter) instead of mingo's per-document hashing.
  if (firstMatch) source = source.filter(compileFilter(firstMatch, options))
  const docs = new Aggregator(firstMatch ? pipeline.slice(1) : pipeline, options).run(source) as Document[]
  return server.cursors.open(`${db}.${command.aggregate}`, docs, command.cursor?.batchSize)
}

/** The first stage's filter when it is a well-formed `$match` (mingo asserts the rest). */
function leadingMatch(pipeline: Document[]): Document | undefined {
  const first = pipeline[0]
  if (!first || Object.keys(first).length !== 1) return undefined
  const filter = first.$match
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) return undefined
  return filter as Document
}

export function count({ db, command }: Invocation, server: ServerState): Document {
  const docs = matching(server.store.engine.collection(db, String(command.count)), (command.query as Document) ?? {})
  const skip = Number(command.skip ?? 0)
  const limit = Math.abs(Number(command.limit ?? 0))
  const afterSkip = Math.max(0, docs.length - skip)
  return { n: limit ? Math.min(limit, afterSkip) : afterSkip, ok: 1 }
}

export function distinct({ db, command }: Invocation, server: ServerState): Document {
  rejectCollation(command.collation)
  const key = String(command.key)
  const seen = new Map<string, unknown>()
  for (const doc of matching(
    server.store.engine.collection(db, String(command.distinct)),
    (command.query as Document) ?? {}
  )) {
    for (const value of pathValues(doc, key)) {
      if (value !== undefined && !seen.has(valueKey(value))) seen.set(valueKey(value), value)
    }
  }
  return { values: [...seen.values()], ok: 1 }
}
