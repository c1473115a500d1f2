import type { Document } from 'bson'
import { ProcessingMode, Query } from 'mingo'
import type { Collection, Index } from './engine'
import { badValue, operationNotSupported } from './errors'
import { compileFilter } from './filter'
import { isIndexableEquality, pathValues, valueKey } from './keys'
import { mingoOptions } from './mingo-options'
import type { Bound } from './sorted-keys'

/**
 * Documents that may match `filter`: looked up in a hash index when a top-level field (or one of a
 * top-level `$and` branch) has an equality (or $in) an index covers, otherwise every document. mingo
 * then applies the full filter.
 */
export function candidates(collection: Collection, filter: Document): Iterable<Document> {
  const wanted = new Map<string, unknown[]>()
  collectWanted(filter, wanted)
  if (wanted.size === 0) return collection.docs.values()
  let best: ReadonlySet<string> | undefined
  for (const index of collection.indexes) {
    const ids = lookup(collection, index, wanted)
    if (ids && (!best || ids.size < best.size)) best = ids
  }
  if (!best) return collection.docs.values()
  const found: Document[] = []
  for (const id of best) {
    const doc = collection.docs.get(id)
    if (doc) found.push(doc)
  }
  return found
}

/** Equalities and `$in`s every match must meet: top-level fields, and those of top-level `$and` branches. */
function collectWanted(filter: Document, wanted: Map<string, unknown[]>): void {
  for (const [field, condition] of Object.entries(filter)) {
    // An `$or` of one branch (as CASL's accessibleBy gives for a single rule) is that branch.
    const isAll = field === '$and' || (field === '$or' && Array.isArray(condition) && condition.length === 1)
    if (isAll && Array.isArray(condition)) {
      for (const branch of condition) if (isFilterObject(branch)) collectWanted(branch, wanted)
      continue
    }
    if (field.startsWith('$')) continue
    if (isIndexableEquality(condition)) wanted.set(field, [condition])
    else if (isOperatorObject(condition) && Object.keys(condition).length === 1) {
      if ('$eq' in condition && isIndexableEquality(condition.$eq)) wanted.set(field, [condition.$eq])
      const choices = condition.$in
      if (Array.isArray(choices) && choices.every(isIndexableEquality)) wanted.set(field, choices)
    }
  }
}

const isFilterObject = (value: unknown): value is Document =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype

function lookup(collection: Collection, index: Index, wanted: Map<string, unknown[]>): ReadonlySet<string> | undefined {
  const first = wanted.get(index.fields[0])
  if (!first) return undefined
  const asksForNull = (values: unknown[]) => values.some((value) => value === null || value === undefined)
  if (!index.complete && [...wanted.values()].some(asksForNull)) return undefined
  if (index.spec.partialFilterExpression) return undefined
  // One value on a secondary index: its holders as they are, rather than a copy of thousands of ids.
  if (first.length === 1 && !index.primary) return index.idsFor(valueKey(first[0]), index.fields.length > 1)
  const ids = new Set<string>()
  for (const value of first) {
    const key = valueKey(value)
    if (index.primary) {
      if (collection.docs.has(key)) ids.add(key)
      continue
    }
    for (const id of index.idsFor(key, index.fields.length > 1)) ids.add(id)
  }
  return ids
}

/**
 * For a sort with a limit: the matching documents in the first groups of the sort's first field,
 * walked in order along an index on it (alone, or after a field the filter fixes to one value),
 * stopping once `needed` are found and their last group is complete. Every document left out sorts
 * after all of these, so sorting them and taking `needed` gives the same answer as sorting every
 * match. Undefined when no index gives the whole order.
 */
export function orderedMatches(collection: Collection | undefined, filter: Document, sort: Document, needed: number): Document[] | undefined {
  if (!collection) return undefined
  const [field, direction] = Object.entries(sort)[0] ?? []
  if (direction !== 1 && direction !== -1) return undefined
  const wanted = new Map<string, unknown[]>()
  collectWanted(filter, wanted)
  const walk = orderedWalk(collection, field, wanted)
  if (!walk) return undefined
  rejectDecimalComparisons(filter)
  const test = compileFilter(filter)
  const { lower, upper } = rangeOf(filter, field)
  const found: Document[] = []
  for (const value of walk.values.walk(direction, lower, upper)) {
    for (const id of walk.index.idsForOrdered(walk.prefix, value)) {
      const doc = collection.docs.get(id)
      if (doc && test(doc)) found.push(doc)
    }
    if (found.length >= needed) break
  }
  return found
}

function orderedWalk(collection: Collection, field: string, wanted: Map<string, unknown[]>) {
  for (const index of collection.indexes) {
    if (index.fields.length !== 2 || index.fields[1] !== field) continue
    const fixed = wanted.get(index.fields[0])
    if (fixed?.length !== 1) continue
    const prefix = valueKey(fixed[0])
    const values = index.orderedValues(prefix)
    if (values) return { index, prefix, values }
  }
  for (const index of collection.indexes) {
    if (index.fields.length !== 1 || index.fields[0] !== field) continue
    const values = index.orderedValues('')
    if (values) return { index, prefix: '', values }
  }
  return undefined
}

/** String bounds on `field` every match must meet (top level and top-level `$and` branches). */
function rangeOf(filter: Document, field: string): { lower?: Bound; upper?: Bound } {
  const range: { lower?: Bound; upper?: Bound } = {}
  const visit = (level: Document) => {
    for (const branch of Array.isArray(level.$and) ? level.$and : []) if (isFilterObject(branch)) visit(branch)
    const condition = level[field]
    if (!isOperatorObject(condition)) return
    for (const [operator, value] of Object.entries(condition)) {
      if (typeof value !== 'string') continue
      if (operator === '$gt' || operator === '$gte') range.lower = tighter(range.lower, { value, inclusive: operator === '$gte' }, 1)
      if (operator === '$lt' || operator === '$lte') range.upper = tighter(range.upper, { value, inclusive: operator === '$lte' }, -1)
    }
  }
  visit(filter)
  return range
}

/** The narrower of two bounds: the higher lower bound (side 1) or the lower upper bound (side -1). */
function tighter(current: Bound | undefined, next: Bound, side: 1 | -1): Bound {
  if (!current) return next
  if (current.value === next.value) return current.inclusive ? next : current
  return (next.value > current.value) === (side === 1) ? next : current
}

/** The documents of `collection` that match `filter`. */
export function matching(collection: Collection | undefined, filter: Document): Document[] {
  rejectDecimalComparisons(filter)
  if (!collection) return []
  const test = compileFilter(filter)
  const found: Document[] = []
  for (const doc of candidates(collection, filter)) if (test(doc)) found.push(doc)
  return found
}

export const isOperatorObject = (value: unknown): value is Document =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  !('_bsontype' in value) &&
  Object.keys(value).some((key) => key.startsWith('$'))

export function rejectCollation(collation: unknown): void {
  if (!collation) return
  const locale = (collation as Document).locale
  if (locale === 'simple') return
  throw operationNotSupported(`collation ${JSON.stringify(locale)} is not supported by the embedded server`)
}

// mingo orders and adds Decimal128 values as strings; refuse rather than answer wrongly.
export const DECIMAL_SENSITIVE = new Set(['$gt', '$gte', '$lt', '$lte', '$inc', '$mul', '$min', '$max'])

export const isDecimal = (value: unknown) =>
  value !== null && typeof value === 'object' && (value as { _bsontype?: string })._bsontype === 'Decimal128'

export function rejectDecimalComparisons(expression: unknown, operator?: string): void {
  if (isDecimal(expression) && operator) {
    throw badValue(`${operator} with a Decimal128 value is not supported by the embedded server`)
  }
  if (expression === null || typeof expression !== 'object' || expression instanceof Date || '_bsontype' in expression)
    return
  for (const [key, inner] of Object.entries(expression)) {
    rejectDecimalComparisons(inner, DECIMAL_SENSITIVE.has(key) ? key : operator)
  }
}

export function sortableBy(docs: Document[], sort: Document): Document {
  for (const field of Object.keys(sort)) {
    if (docs.some((doc) => pathValues(doc, field).some(isDecimal))) {
      throw badValue(`sorting by the Decimal128 field '${field}' is not supported by the embedded server`)
    }
  }
  return sort
}

export function project(doc: Document, fields: Document | undefined): Document {
  return projectAll([doc], fields)[0]
}

/**
 * Applies a projection. The common shape, top-level fields all included or all excluded (what
 * mongoose's `select` sends), is copied field by field in the document's own order, as MongoDB
 * returns them; anything else goes to mingo.
 */
export function projectAll(docs: Document[], fields: Document | undefined): Document[] {
  if (!fields || Object.keys(fields).length === 0) return docs
  const simple = simpleProjection(fields)
  // mingo removes an excluded nested field ("versions.content") from the object it is given: a copy,
  // or the stored document itself would lose it.
  if (!simple) return new Query({}, { ...mingoOptions, processingMode: ProcessingMode.CLONE_INPUT }).find(docs, fields).all() as Document[]
  return docs.map((doc) => {
    const projected: Document = {}
    for (const key of Object.keys(doc)) {
      const kept = key === '_id' ? simple.keepId : simple.fields.has(key) === simple.including
      if (kept) projected[key] = doc[key]
    }
    return projected
  })
}

function simpleProjection(fields: Document): { including: boolean; fields: Set<string>; keepId: boolean } | undefined {
  const flags = new Map<string, boolean>()
  for (const [key, value] of Object.entries(fields)) {
    if (key.startsWith('$') || key.includes('.')) return undefined
    if (value === 1 || value === true) flags.set(key, true)
    else if (value === 0 || value === false) flags.set(key, false)
    else return undefined
  }
  const others = [...flags].filter(([key]) => key !== '_id').map(([, included]) => included)
  const including = others.length === 0 ? flags.get('_id') === true : others[0]
  if (others.some((included) => included !== including)) return undefined
  const named = new Set([...flags.keys()].filter((key) => key !== '_id'))
  return { including, fields: named, keepId: flags.get('_id') ?? true }
}
