import { BSON, type Document } from 'bson'
import { Query } from 'mingo'
import { CommandError, cannotCreateIndex, indexNotFound, indexOptionsConflict } from './errors'
import { firstPathValue, pathValues, valueKey } from './keys'
import { mingoOptions } from './mingo-options'
import { SortedKeys } from './sorted-keys'
import { maxBsonObjectSize } from './wire'

export interface IndexSpec {
  v?: number
  key: Record<string, unknown>
  name: string
  unique?: boolean
  sparse?: boolean
  partialFilterExpression?: Document
  expireAfterSeconds?: number
}

/** One change to the data; the journal stores these and replays them on start. */
export type Mutation =
  | { op: 'put'; db: string; coll: string; doc: Document }
  | { op: 'putMany'; db: string; coll: string; docs: Document[] }
  | { op: 'delete'; db: string; coll: string; id: unknown }
  | { op: 'createCollection'; db: string; coll: string; options: Document }
  | { op: 'dropCollection'; db: string; coll: string }
  | { op: 'createIndex'; db: string; coll: string; spec: IndexSpec }
  | { op: 'dropIndex'; db: string; coll: string; name: string }
  | { op: 'dropDatabase'; db: string }

/** A collection as it stood when `Engine.view` was taken; `indexes` leaves out `_id_`, which every collection has. */
export interface CollectionView {
  db: string
  name: string
  options: Document
  indexes: IndexSpec[]
  docs: Document[]
}

/** Collects what one command (or one transaction) changed, and how to take it back. */
export class WriteContext {
  readonly mutations: Mutation[] = []
  readonly undo: Mutation[] = []
}

const ID_INDEX: IndexSpec = { v: 2, key: { _id: 1 }, name: '_id_' }
const SUPPORTED_INDEX_TYPES = new Set<unknown>([1, -1])

/** Ids holding one key: a single id (the common, unique case) or a set of them. */
type Holders = string | Set<string>

export class Index {
  readonly fields: string[]
  /** Full key -> ids of the documents holding it. Empty for `_id_`: the collection's map is that index. */
  readonly entries = new Map<string, Holders>()
  /** First field's key -> ids, so an equality on a compound index's first field is answered too. */
  readonly prefix?: Map<string, Holders>
  readonly primary: boolean
  private readonly partial?: Query
  /**
   * For a one- or two-field index: the last field's string values in order, per key of the first
   * field ('' for a one-field index), so a sort on that field with a limit can stop early.
   */
  private readonly ordered?: Map<string, SortedKeys>
  /** Documents whose last field is not exactly one string: while there are any, the order above is incomplete. */
  private unorderable = 0

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.key)
    this.primary = spec.name === ID_INDEX.name
    if (this.fields.length > 1) this.prefix = new Map()
    if (spec.partialFilterExpression) this.partial = new Query(spec.partialFilterExpression, mingoOptions)
    if (!this.primary && this.fields.length <= 2 && !spec.sparse && !this.partial) this.ordered = new Map()
  }

  get unique(): boolean {
    return this.spec.unique === true || this.primary
  }

  /** Whether equality lookups on this index see every matching document. */
  get complete(): boolean {
    return !this.spec.sparse && !this.partial
  }

  keysOf(doc: Document): string[] {
    if (this.partial && !this.partial.test(doc)) return []
    if (this.fields.length === 1) {
      const values = pathValues(doc, this.fields[0])
      if (this.spec.sparse && values.every((value) => value === undefined)) return []
      if (values.length === 1) return [valueKey(values[0])]
      return [...new Set(values.map(valueKey))]
    }
    const perField = this.fields.map((field) => pathValues(doc, field))
    if (this.spec.sparse && perField.every((values) => values.every((value) => value === undefined))) return []
    let keys = ['']
    for (const [position, values] of perField.entries()) {
      const fieldKeys = [...new Set(values.map(valueKey))]
      keys = keys.flatMap((head) => fieldKeys.map((key) => (position === 0 ? key : `${head}\u0000${key}`)))
    }
    return [...new Set(keys)]
  }

  add(id: string, doc: Document): void {
    if (this.primary) return
    for (const key of this.keysOf(doc)) addTo(this.entries, key, id)
    if (this.prefix) for (const value of pathValues(doc, this.fields[0])) addTo(this.prefix, valueKey(value), id)
    if (this.ordered) this.addOrdered(doc)
  }

  remove(id: string, doc: Document): void {
    if (this.primary) return
    for (const key of this.keysOf(doc)) removeFrom(this.entries, key, id)
    if (this.prefix) for (const value of pathValues(doc, this.fields[0])) removeFrom(this.prefix, valueKey(value), id)
    if (this.ordered) this.removeOrdered(doc)
  }

  /**
   * The last field's values, in order, among documents whose first field has the key `prefix` (''
   * for a one-field index); undefined when some document's value is not a single string, as the
   * order would then miss it.
   */
  orderedValues(prefix: string): SortedKeys | undefined {
    if (!this.ordered || this.unorderable > 0) return undefined
    return this.ordered.get(prefix) ?? new SortedKeys()
  }

  /** Ids of the documents whose first field has the key `prefix` and last field is `value`. */
  idsForOrdered(prefix: string, value: string): ReadonlySet<string> {
    return this.idsFor(orderedKey(prefix, value))
  }

  private addOrdered(doc: Document): void {
    const place = this.orderedPlace(doc)
    if (!place) {
      this.unorderable += 1
      return
    }
    let values = this.ordered!.get(place.prefix)
    if (!values) {
      values = new SortedKeys()
      this.ordered!.set(place.prefix, values)
    }
    values.add(place.value)
  }

  private removeOrdered(doc: Document): void {
    const place = this.orderedPlace(doc)
    if (!place) {
      this.unorderable -= 1
      return
    }
    if (this.entries.has(orderedKey(place.prefix, place.value))) return
    const values = this.ordered!.get(place.prefix)
    values?.remove(place.value)
    if (values?.size === 0) this.ordered!.delete(place.prefix)
  }

  private orderedPlace(doc: Document): { prefix: string; value: string } | undefined {
    const values = pathValues(doc, this.fields[this.fields.length - 1])
    if (values.length !== 1 || typeof values[0] !== 'string') return undefined
    if (this.fields.length === 1) return { prefix: '', value: values[0] }
    const firsts = pathValues(doc, this.fields[0])
    if (firsts.length !== 1) return undefined
    return { prefix: valueKey(firsts[0]), value: values[0] }
  }

  /** Whether storing `doc` under `id` would give a unique key a second holder. */
  conflictingKey(id: string, doc: Document): boolean {
    if (!this.unique || this.primary) return false
    return this.keysOf(doc).some((key) => {
      const holders = this.entries.get(key)
      if (holders === undefined) return false
      if (typeof holders === 'string') return holders !== id
      return holders.size > 1 || !holders.has(id)
    })
  }

  /** Ids of documents holding `key` on every field (or on the first field only, with `prefixOnly`). */
  idsFor(key: string, prefixOnly = false): ReadonlySet<string> {
    const holders = (prefixOnly && this.prefix ? this.prefix : this.entries).get(key)
    if (holders === undefined) return new Set()
    return typeof holders === 'string' ? new Set([holders]) : holders
  }
}

/** The `entries` key of a string `value` under `prefix`, as `keysOf` builds it. */
function orderedKey(prefix: string, value: string): string {
  const key = valueKey(value)
  return prefix === '' ? key : `${prefix}\u0000${key}`
}

function addTo(map: Map<string, Holders>, key: string, id: string): void {
  const holders = map.get(key)
  if (holders === undefined) map.set(key, id)
  else if (typeof holders === 'string') {
    if (holders !== id) map.set(key, new Set([holders, id]))
  } else holders.add(id)
}

function removeFrom(map: Map<string, Holders>, key: string, id: string): void {
  const holders = map.get(key)
  if (holders === undefined) return
  if (typeof holders === 'string') {
    if (holders === id) map.delete(key)
    return
  }
  holders.delete(id)
  if (holders.size === 1) map.set(key, holders.values().next().value!)
}

export class Collection {
  /** Documents by the key of their `_id`, in insertion order. Stored documents are never mutated. */
  readonly docs = new Map<string, Document>()
  readonly indexes: Index[] = [new Index(ID_INDEX)]

  constructor(readonly db: string, readonly name: string, readonly options: Document) {}

  get namespace(): string {
    return `${this.db}.${this.name}`
  }

  findIndex(name: string): Index | undefined {
    return this.indexes.find((index) => index.spec.name === name)
  }

  store(doc: Document): void {
    const id = valueKey(doc._id)
    const previous = this.docs.get(id)
    if (previous) for (const index of this.indexes) index.remove(id, previous)
    this.docs.set(id, doc)
    for (const index of this.indexes) index.add(id, doc)
  }

  unstore(id: string): void {
    const previous = this.docs.get(id)
    if (!previous) return
    for (const index of this.indexes) index.remove(id, previous)
    this.docs.delete(id)
  }

  checkUnique(doc: Document): void {
    const id = valueKey(doc._id)
    for (const index of this.indexes) {
      if (index.conflictingKey(id, doc)) throw duplicateKey(this, index, doc)
    }
  }
}

export function duplicateKey(collection: Collection, index: Index, doc: Document): CommandError {
  const keyValue: Document = {}
  for (const field of index.fields) keyValue[field] = firstPathValue(doc, field) ?? null
  const shown = index.fields.map((field) => `${field}: ${describe(keyValue[field])}`).join(', ')
  return new CommandError(
    `E11000 duplicate key error collection: ${collection.namespace} index: ${index.spec.name} dup key: { ${shown} }`,
    11000,
    'DuplicateKey',
    { keyPattern: index.spec.key, keyValue }
  )
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value instanceof Date) return `new Date(${value.getTime()})`
  if (value && typeof value === 'object' && '_bsontype' in value) {
    const bson = value as { _bsontype: string; toString(): string }
    return `${bson._bsontype}('${bson.toString()}')`
  }
  return JSON.stringify(value) ?? 'null'
}

/** The in-memory data: databases of collections of documents, with their indexes. */
export class Engine {
  readonly databases = new Map<string, Map<string, Collection>>()

  collection(db: string, name: string): Collection | undefined {
    return this.databases.get(db)?.get(name)
  }

  collectionNames(db: string): string[] {
    return [...(this.databases.get(db)?.keys() ?? [])]
  }

  /** Applies a change without checks: used for replay, undo, and after checks have passed. */
  apply(mutation: Mutation): void {
    switch (mutation.op) {
      case 'put':
        return this.ensure(mutation.db, mutation.coll).store(mutation.doc)
      case 'putMany': {
        const collection = this.ensure(mutation.db, mutation.coll)
        for (const doc of mutation.docs) collection.store(doc)
        return
      }
      case 'delete':
        return this.collection(mutation.db, mutation.coll)?.unstore(valueKey(mutation.id))
      case 'createCollection':
        this.ensure(mutation.db, mutation.coll, mutation.options)
        return
      case 'dropCollection': {
        const database = this.databases.get(mutation.db)
        database?.delete(mutation.coll)
        if (database?.size === 0) this.databases.delete(mutation.db)
        return
      }
      case 'createIndex':
        return this.buildIndex(this.ensure(mutation.db, mutation.coll), mutation.spec)
      case 'dropIndex': {
        const collection = this.collection(mutation.db, mutation.coll)
        if (!collection) return
        const position = collection.indexes.findIndex((index) => index.spec.name === mutation.name)
        if (position > 0) collection.indexes.splice(position, 1)
        return
      }
      case 'dropDatabase':
        this.databases.delete(mutation.db)
        return
    }
  }

  private ensure(db: string, name: string, options: Document = {}): Collection {
    let database = this.databases.get(db)
    if (!database) {
      database = new Map()
      this.databases.set(db, database)
    }
    let collection = database.get(name)
    if (!collection) {
      collection = new Collection(db, name, options)
      database.set(name, collection)
    }
    return collection
  }

  private buildIndex(collection: Collection, spec: IndexSpec): void {
    if (collection.findIndex(spec.name)) return
    const index = new Index(spec)
    for (const [id, doc] of collection.docs) index.add(id, doc)
    collection.indexes.push(index)
  }

  /** Records a change in the context (with its inverse, for transaction abort) and applies it. */
  private commit(context: WriteContext, mutation: Mutation, inverse: Mutation[]): void {
    context.mutations.push(mutation)
    context.undo.push(...inverse)
    this.apply(mutation)
  }

  /** Creates the collection on first write, as MongoDB does. */
  collectionForWrite(context: WriteContext, db: string, name: string, options: Document = {}): Collection {
    const existing = this.collection(db, name)
    if (existing) return existing
    this.commit(context, { op: 'createCollection', db, coll: name, options }, [
      { op: 'dropCollection', db, coll: name },
    ])
    return this.collection(db, name)!
  }

  /** Stores a new or changed document after checking its size and every unique index. */
  put(context: WriteContext, collection: Collection, doc: Document): void {
    checkDocumentSize(doc)
    collection.checkUnique(doc)
    const previous = collection.docs.get(valueKey(doc._id))
    const inverse: Mutation = previous
      ? { op: 'put', db: collection.db, coll: collection.name, doc: previous }
      : { op: 'delete', db: collection.db, coll: collection.name, id: doc._id }
    this.commit(context, { op: 'put', db: collection.db, coll: collection.name, doc }, [inverse])
  }

  delete(context: WriteContext, collection: Collection, doc: Document): void {
    this.commit(context, { op: 'delete', db: collection.db, coll: collection.name, id: doc._id }, [
      { op: 'put', db: collection.db, coll: collection.name, doc },
    ])
  }

  createIndex(context: WriteContext, collection: Collection, spec: IndexSpec): boolean {
    validateIndexSpec(spec)
    const sameName = collection.findIndex(spec.name)
    const sameKey = collection.indexes.find((index) => sameKeyPattern(index.spec.key, spec.key))
    if (sameName || sameKey) {
      const existing = (sameName ?? sameKey)!.spec
      if (sameName && sameKeyPattern(existing.key, spec.key) && sameOptions(existing, spec)) return false
      if (!sameName && sameOptions(existing, spec)) return false
      throw indexOptionsConflict(
        `An existing index has the same ${sameName ? 'name' : 'key pattern'} as the requested index: ${existing.name}`
      )
    }
    const candidate = new Index(spec)
    const seen = new Map<string, string>()
    for (const [id, doc] of collection.docs) {
      if (!candidate.unique) break
      for (const key of candidate.keysOf(doc)) {
        if (seen.has(key) && seen.get(key) !== id) throw duplicateKey(collection, candidate, doc)
        seen.set(key, id)
      }
    }
    this.commit(context, { op: 'createIndex', db: collection.db, coll: collection.name, spec }, [
      { op: 'dropIndex', db: collection.db, coll: collection.name, name: spec.name },
    ])
    return true
  }

  dropIndex(context: WriteContext, collection: Collection, name: string): void {
    if (name === '_id_') throw new CommandError('cannot drop _id index', 72, 'InvalidOptions')
    const index = collection.findIndex(name)
    if (!index) throw indexNotFound(`index not found with name [${name}]`)
    this.commit(context, { op: 'dropIndex', db: collection.db, coll: collection.name, name }, [
      { op: 'createIndex', db: collection.db, coll: collection.name, spec: index.spec },
    ])
  }

  dropCollection(context: WriteContext, db: string, name: string): void {
    this.commit(context, { op: 'dropCollection', db, coll: name }, [])
  }

  dropDatabase(context: WriteContext, db: string): void {
    this.commit(context, { op: 'dropDatabase', db }, [])
  }

  /**
   * Every collection as it stands now. Stored documents are never changed in place (a write stores a
   * new object), so a copy of each collection's list of documents is a consistent snapshot: taken in
   * one turn of the event loop (milliseconds for a large data set), then read at leisure while writes
   * go on.
   */
  view(): CollectionView[] {
    const collections: CollectionView[] = []
    for (const [db, database] of this.databases) {
      for (const [name, collection] of database) {
        collections.push({
          db,
          name,
          options: collection.options,
          indexes: collection.indexes.slice(1).map((index) => index.spec),
          docs: [...collection.docs.values()],
        })
      }
    }
    return collections
  }
}

/** MongoDB refuses a document over 16 MB, whether inserted or grown by an update; so does this server. */
function checkDocumentSize(doc: Document): void {
  const size = BSON.calculateObjectSize(doc, { ignoreUndefined: true })
  if (size <= maxBsonObjectSize) return
  throw new CommandError(
    `BSONObj size: ${size} (0x${size.toString(16).toUpperCase()}) is invalid. Size must be between 0 and ${maxBsonObjectSize}(16MB) First element: _id: ${describe(doc._id)}`,
    10334,
    'BSONObjectTooLarge'
  )
}

function sameKeyPattern(left: Record<string, unknown>, right: Record<string, unknown>): boolean {
  return JSON.stringify(left) === JSON.stringify(right)
}

function sameOptions(left: IndexSpec, right: IndexSpec): boolean {
  return (
    Boolean(left.unique) === Boolean(right.unique) &&
    Boolean(left.sparse) === Boolean(right.sparse) &&
    JSON.stringify(left.partialFilterExpression ?? null) === JSON.stringify(right.partialFilterExpression ?? null) &&
    (left.expireAfterSeconds ?? null) === (right.expireAfterSeconds ?? null)
  )
}

function validateIndexSpec(spec: IndexSpec): void {
  if (!spec.name || typeof spec.name !== 'string') throw cannotCreateIndex('index specification must have a name')
  const types = Object.values(spec.key ?? {})
  if (types.length === 0) throw cannotCreateIndex('index key pattern must not be empty')
  const unsupported = types.find((type) => !SUPPORTED_INDEX_TYPES.has(type))
  if (unsupported !== undefined) {
    throw cannotCreateIndex(`index type ${JSON.stringify(unsupported)} is not supported by the embedded server`)
  }
}
