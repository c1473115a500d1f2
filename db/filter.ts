import { ObjectId, type Document } from 'bson'
import { Query } from 'mingo'
import type { Options } from 'mingo/types'
import { mingoOptions } from './mingo-options'

/**
 * A top-level `{ field: { $in: [...] } }` (or `$nin`, `$eq`, or a plain equality) whose choices are
 * all plain scalars. mingo evaluates `$in` by hashing every choice, ObjectIds field by field, into a
 * fresh map for every document, which made `$in` of 120 ObjectIds over 6,000 documents take over
 * half a second; a Set of keys built once gives the same answer. Equality on an ObjectId likewise
 * converts both sides to hex for every document.
 */
interface Membership {
  field: string
  keys: Set<string>
  /** mingo's `$in` matches a missing or null field only when a choice is exactly null. */
  matchesMissing: boolean
  negated: boolean
}

type Predicate = (doc: Document) => boolean

// Stored documents are never mutated, so the hex of each stored ObjectId is worked out once.
const objectIdKeys = new WeakMap<ObjectId, string>()

function objectIdKey(id: ObjectId): string {
  let key = objectIdKeys.get(id)
  if (key === undefined) {
    key = `o${id.toHexString()}`
    objectIdKeys.set(id, key)
  }
  return key
}

/**
 * A key equal for two values exactly when mingo's `$in` counts them equal (SameValueZero for
 * primitives, time for dates, hex string for ObjectIds of the same class); undefined for any value
 * this shortcut does not decide, which then goes to mingo itself.
 */
function scalarKey(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return `s${value}`
    case 'number':
      return `n${value === 0 ? 0 : value}`
    case 'boolean':
      return value ? 'b1' : 'b0'
    case 'object':
      if (value === null) return undefined
      if (value.constructor === ObjectId) return objectIdKey(value as ObjectId)
      if (value.constructor === Date && !Number.isNaN((value as Date).getTime())) return `d${(value as Date).getTime()}`
      return undefined
    default:
      return undefined
  }
}

function membershipOf(field: string, condition: unknown): Membership | undefined {
  if (field.startsWith('$') || field.includes('.') || field === '__proto__') return undefined
  // mingo's equality (`field: value` or `$eq`) is `$in` with one choice for these scalars.
  if (condition !== null && scalarKey(condition) !== undefined) return membershipFrom(field, [condition], false)
  if (condition === null || typeof condition !== 'object' || Object.getPrototypeOf(condition) !== Object.prototype)
    return undefined
  const operators = Object.keys(condition)
  if (operators.length !== 1) return undefined
  const [operator] = operators
  const operand = (condition as Document)[operator]
  if (operator === '$eq')
    return operand === null || scalarKey(operand) !== undefined ? membershipFrom(field, [operand], false) : undefined
  if (operator !== '$in' && operator !== '$nin') return undefined
  if (!Array.isArray(operand)) return undefined
  return membershipFrom(field, operand, operator === '$nin')
}

function membershipFrom(field: string, choices: unknown[], negated: boolean): Membership | undefined {
  const keys = new Set<string>()
  let matchesMissing = false
  for (const choice of choices) {
    if (choice === null) {
      matchesMissing = true
      continue
    }
    const key = scalarKey(choice)
    if (key === undefined) return undefined
    keys.add(key)
  }
  return { field, keys, matchesMissing, negated }
}

/** true or false when the shortcut can tell, undefined when only mingo can. */
function decide(membership: Membership, doc: Document): boolean | undefined {
  const value = doc[membership.field]
  let found: boolean
  if (value === null || value === undefined) found = membership.matchesMissing
  else {
    const key = scalarKey(value)
    if (key === undefined) return undefined
    found = membership.keys.has(key)
  }
  return membership.negated ? !found : found
}

/** The branches of a top-level `$and` or `$or`, when every one is a filter object mingo would accept. */
function logicalBranches(field: string, condition: unknown): Document[] | undefined {
  if (field !== '$and' && field !== '$or') return undefined
  if (!Array.isArray(condition)) return undefined
  const isFilter = (branch: unknown) =>
    branch !== null && typeof branch === 'object' && Object.getPrototypeOf(branch) === Object.prototype
  return condition.every(isFilter) ? (condition as Document[]) : undefined
}

/**
 * The same test as `new Query(filter, options).test`, with top-level `$in`, `$nin` and equality on
 * scalars answered from a prepared Set, also inside `$and` and `$or` branches (the shape CASL's
 * `accessibleBy` and the services' `{ $and: [...] }` give). Each entry is checked in the filter's own
 * order, as mingo does; a document the shortcut cannot decide is tested by mingo against the whole
 * filter of that level.
 */
export function compileFilter(filter: Document, options: Partial<Options> = mingoOptions): Predicate {
  const entries = Object.entries(filter)
  const shortened = entries.some(
    ([field, condition]) => membershipOf(field, condition) || logicalBranches(field, condition)
  )
  if (!shortened) {
    const query = new Query(filter, options)
    return (doc) => query.test(doc)
  }
  let whole: Query | undefined
  const steps = entries.map(([field, condition]): Predicate => {
    const membership = membershipOf(field, condition)
    if (membership) {
      return (doc) => {
        const verdict = decide(membership, doc)
        if (verdict !== undefined) return verdict
        whole ??= new Query(filter, options)
        return whole.test(doc)
      }
    }
    const branches = logicalBranches(field, condition)
    if (branches) {
      const tests = branches.map((branch) => compileFilter(branch, options))
      return field === '$and' ? (doc) => tests.every((test) => test(doc)) : (doc) => tests.some((test) => test(doc))
    }
    const query = new Query({ [field]: condition }, options)
    return (doc) => query.test(doc)
  })
  return (doc) => steps.every((step) => step(doc))
}
