import type { Document } from 'bson'
import { Aggregator, update as applyModifier } from 'mingo'
import { failedToParse, immutableField } from './errors'
import { cloneDocument, valueKey } from './keys'
import { mingoOptions } from './mingo-options'
import { isOperatorObject } from './query'

/** The fields an upsert copies from its filter: top-level equalities, including inside $and. */
export function equalityFields(filter: Document): Document {
  const seed: Document = {}
  for (const [field, condition] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(condition)) {
      for (const part of condition) Object.assign(seed, equalityFields(part))
      continue
    }
    if (field.startsWith('$')) continue
    if (isOperatorObject(condition)) {
      if ('$eq' in condition) setPath(seed, field, condition.$eq)
      continue
    }
    setPath(seed, field, cloneDocument(condition))
  }
  return seed
}

function setPath(target: Document, path: string, value: unknown): void {
  const parts = path.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) {
    if (node[part] === null || typeof node[part] !== 'object') node[part] = {}
    node = node[part] as Document
  }
  node[parts.at(-1)!] = value
}

/**
 * The document after `change` (operators, replacement or pipeline), or undefined when nothing changed.
 * Works on a copy: stored documents are immutable so open cursors and transaction undo stay valid.
 */
export function updatedDocument(
  doc: Document,
  change: unknown,
  arrayFilters: unknown,
  filter: Document | undefined,
  inserting = false
): Document | undefined {
  const before = valueKey(doc)
  let after: Document
  if (Array.isArray(change)) {
    after = new Aggregator(change as Document[], mingoOptions).run([cloneDocument(doc)])[0] as Document
  } else if (change && typeof change === 'object' && Object.keys(change).some((key) => key.startsWith('$'))) {
    after = cloneDocument(doc)
    applyModifier(
      after,
      modifierFor(change as Document, inserting),
      (arrayFilters as Document[]) ?? [],
      inserting ? undefined : filter,
      {
        queryOptions: mingoOptions,
      }
    )
  } else {
    const replacement = { ...(change as Document) }
    if (replacement._id !== undefined && doc._id !== undefined && valueKey(replacement._id) !== valueKey(doc._id)) {
      throw immutableField("After applying the update, the (immutable) field '_id' was found to have been altered")
    }
    delete replacement._id
    after = doc._id === undefined ? replacement : { _id: doc._id, ...replacement }
  }
  if (doc._id !== undefined && valueKey(after._id) !== valueKey(doc._id)) {
    throw immutableField("Performing an update on the path '_id' would modify the immutable field '_id'")
  }
  if (valueKey(after) === before) return undefined
  return after
}

/** $setOnInsert applies only when an upsert inserts; mingo's updater does the rest. */
function modifierFor(change: Document, inserting: boolean): Document {
  const { $setOnInsert, ...modifier } = change
  for (const key of Object.keys(modifier)) {
    if (!key.startsWith('$'))
      throw failedToParse(
        `Unknown modifier: ${key}. Expected a valid update modifier or pipeline-style update specified as an array`
      )
  }
  if (!inserting || !$setOnInsert) return modifier
  return { ...modifier, $set: { ...(modifier.$set as Document), ...($setOnInsert as Document) } }
}
