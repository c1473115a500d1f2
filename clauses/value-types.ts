// What each clause parameter is, for writing it into words and reading it back out of them: the
// field helpers in fields.ts register their schemas here with a type and a label, so a wording
// slot ({{noticePeriod}}) knows how to write its value and what to call it while it is blank, and
// the comparison of hand-written wording with the terms knows which params are periods, money or
// dates (decision record 006). Pure: no framework imports.
import { z } from 'zod'

export const VALUE_TYPES = [
  'period',
  'pence',
  'date',
  'day-of-year',
  'day-of-month',
  'percentage',
  'count',
  'text',
  'clock-time',
  'notice-giver',
  'alignment',
  'due-rule',
] as const
export type TValueType = (typeof VALUE_TYPES)[number]

export type TValueTag = { type: TValueType; label: string }

export const valueTypes = z.registry<TValueTag>()

/** Registers a field schema's type and label; returns the same schema. */
export function tagValue<Schema extends z.ZodType>(schema: Schema, type: TValueType, label: string): Schema {
  valueTypes.add(schema, { type, label })
  return schema
}

/** What a schema says about its value once optional, nullable and default wrappers are taken off:
 * its registered tag, or a plain string or number read as text or a count. */
export function valueTagOf(schema: z.ZodType): TValueTag | undefined {
  let current: z.ZodType = schema
  for (let depth = 0; depth < 8; depth += 1) {
    const tag = valueTypes.get(current)
    if (tag) return tag
    const inner = unwrapOnce(current)
    if (!inner) break
    current = inner
  }
  if (current instanceof z.ZodString) return { type: 'text', label: '' }
  if (current instanceof z.ZodNumber) return { type: 'count', label: '' }
  return undefined
}

function unwrapOnce(schema: z.ZodType): z.ZodType | undefined {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return schema.unwrap() as z.ZodType
  return undefined
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema
  for (let inner = unwrapOnce(current); inner; inner = unwrapOnce(current)) current = inner
  return current
}

/** The schemas a dotted path ("stages.0.timeLimit") can lead to inside a params schema: several
 * where a union's options differ ("dueRule.dayOfFollowingMonth" exists on the monthly option
 * only), none where the path names nothing. */
export function schemasAtPath(root: z.ZodType, path: string): z.ZodType[] {
  let candidates: z.ZodType[] = [root]
  for (const key of path.split('.')) {
    candidates = candidates.flatMap((schema) => childSchemas(schema, key))
    if (candidates.length === 0) return []
  }
  return candidates
}

function childSchemas(schema: z.ZodType, key: string): z.ZodType[] {
  const inner = unwrap(schema)
  if (inner instanceof z.ZodObject) {
    const child = (inner.shape as Record<string, z.ZodType>)[key]
    return child ? [child] : []
  }
  if (inner instanceof z.ZodArray) return /^\d+$/.test(key) ? [inner.element as z.ZodType] : []
  if (inner instanceof z.ZodUnion) return (inner.options as z.ZodType[]).flatMap((option) => childSchemas(option, key))
  return []
}

/** Written as a whole into a slot, but compared part by part: a due rule's period and day, an
 * alignment's fixed day. */
const COMPOSITE_TYPES = new Set<TValueType>(['alignment', 'due-rule'])

/** One typed value found in a clause's params: where it is, what it is, and its label. */
export type TTypedValue = { path: string; type: TValueType; label: string; value: unknown }

/** Every tagged value present in the params, walking the schema beside the value so a union's
 * option is the one the value takes. Untagged plain strings and numbers are left out: they are
 * names and descriptions, not terms. */
export function typedValuesOf(schema: z.ZodType, value: unknown, path = ''): TTypedValue[] {
  if (value === undefined || value === null) return []
  const tag = valueTypes.get(schema) ?? valueTypes.get(unwrap(schema))
  if (tag && !COMPOSITE_TYPES.has(tag.type)) return [{ path, type: tag.type, label: tag.label, value }]
  const inner = unwrap(schema)
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key))
  if (inner instanceof z.ZodObject && typeof value === 'object') {
    const shape = inner.shape as Record<string, z.ZodType>
    return Object.entries(shape).flatMap(([key, child]) => typedValuesOf(child, (value as Record<string, unknown>)[key], at(key)))
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, index) => typedValuesOf(inner.element as z.ZodType, item, at(index)))
  }
  if (inner instanceof z.ZodUnion) {
    const option = (inner.options as z.ZodType[]).find((candidate) => candidate.safeParse(value).success)
    return option ? typedValuesOf(option, value, path) : []
  }
  return []
}

/** The slots a kind's wording can use, with their labels, for the drafter's help: every tagged
 * value, an array's first item standing for each ("stages.0.timeLimit"). Bounded by the schema's
 * own depth. */
export function slottableFields(schema: z.ZodType, path = '', depth = 0): Array<{ path: string; label: string }> {
  if (depth > 8) return []
  const tag = valueTypes.get(schema) ?? valueTypes.get(unwrap(schema))
  const own = tag && path ? [{ path, label: tag.label }] : []
  if (tag && !COMPOSITE_TYPES.has(tag.type)) return own
  const inner = unwrap(schema)
  const at = (key: string) => (path ? `${path}.${key}` : key)
  if (inner instanceof z.ZodObject) {
    return [...own, ...Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, child]) => slottableFields(child, at(key), depth + 1))]
  }
  if (inner instanceof z.ZodArray) return [...own, ...slottableFields(inner.element as z.ZodType, at('0'), depth + 1)]
  if (inner instanceof z.ZodUnion) {
    const fields = [...own, ...(inner.options as z.ZodType[]).flatMap((option) => slottableFields(option, path, depth + 1))]
    return fields.filter((field, index) => fields.findIndex((other) => other.path === field.path) === index)
  }
  return own
}
