import type { Document } from 'bson'

interface BsonValue {
  _bsontype: string
  toString(): string
  toHexString?(): string
}

const isBsonValue = (value: object): value is BsonValue => '_bsontype' in value

/**
 * A string that is equal for two values exactly when MongoDB's equality treats them as equal
 * (numbers compare by value whatever their BSON type). Used as the hash-map key of indexes.
 */
export function valueKey(value: unknown): string {
  if (value === undefined || value === null) return 'z'
  switch (typeof value) {
    case 'number':
      return `n${value === 0 ? 0 : value}`
    case 'string':
      return `s${value}`
    case 'boolean':
      return value ? 'b1' : 'b0'
    case 'bigint':
      return `n${Number(value)}`
    case 'object':
      return objectKey(value)
    default:
      return `?${String(value)}`
  }
}

function objectKey(value: object): string {
  if (value instanceof Date) return `d${value.getTime()}`
  if (value instanceof RegExp) return `r${value.source}/${value.flags}`
  if (Array.isArray(value)) return `a[${value.map(valueKey).join(',')}]`
  if (isBsonValue(value)) return bsonKey(value)
  const entries = Object.entries(value as Document).map(([key, inner]) => `${JSON.stringify(key)}:${valueKey(inner)}`)
  return `{${entries.join(',')}}`
}

function bsonKey(value: BsonValue): string {
  switch (value._bsontype) {
    case 'ObjectId':
      return `o${value.toHexString!()}`
    case 'Long': {
      // Beyond 2^53 a double cannot tell neighbouring int64 values apart; keep them exact.
      const exact = value.toString()
      return Number.isSafeInteger(Number(exact)) ? `n${Number(exact)}` : `L${exact}`
    }
    case 'Int32':
    case 'Double':
    case 'Decimal128':
      return `n${Number(value.toString())}`
    case 'Binary':
    case 'UUID': {
      const binary = value as unknown as { sub_type: number; buffer: Uint8Array }
      return `B${binary.sub_type}:${Buffer.from(binary.buffer).toString('base64')}`
    }
    default:
      return `${value._bsontype}:${value.toString()}`
  }
}

/**
 * The values an index holds for `path` in `document`: arrays met on the way are expanded element by
 * element (a multikey index), and a missing field counts as null, as in MongoDB.
 */
export function pathValues(document: unknown, path: string): unknown[] {
  return collect(document, path.split('.'), 0)
}

function collect(value: unknown, parts: string[], depth: number): unknown[] {
  if (depth === parts.length) {
    if (Array.isArray(value)) return value.length ? value : [undefined]
    return [value]
  }
  if (Array.isArray(value)) {
    const part = parts[depth]
    if (/^\d+$/.test(part)) return collect(value[Number(part)], parts, depth + 1)
    const found = value.flatMap((element) => collect(element, parts, depth))
    return found.length ? found : [undefined]
  }
  if (value === null || typeof value !== 'object' || value instanceof Date || isBsonValue(value)) return [undefined]
  return collect((value as Document)[parts[depth]], parts, depth + 1)
}

/** Reads a dotted path without array expansion (for error messages such as keyValue). */
export function firstPathValue(document: Document, path: string): unknown {
  return pathValues(document, path)[0]
}

/** Whether a filter value is a plain equality an index can answer (not an operator, regex or array). */
export function isIndexableEquality(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true
  if (Array.isArray(value) || value instanceof RegExp) return false
  if (value instanceof Date || isBsonValue(value)) return (value as BsonValue)._bsontype !== 'BSONRegExp'
  return false
}

/** Deep copy of plain objects and arrays; BSON values and dates are shared (they are never mutated). */
export function cloneDocument<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneDocument) as T
  if (value === null || typeof value !== 'object' || value instanceof Date || isBsonValue(value)) return value
  const copy: Document = {}
  for (const [key, inner] of Object.entries(value as Document)) copy[key] = cloneDocument(inner)
  return copy as T
}
