// A clause kind's zod schema as a plain description of form fields, so the clause editor can be
// generated for any kind (numbers, enums, dates, nested objects such as noticePeriod {amount,
// unit}, repeatable rows such as KPI tables) and a posted form turned back into params. Anything the
// description cannot express as fields (records, non-discriminated unions of objects) is edited as JSON.
import { z } from 'zod'
import { formatDate, formatPence } from '#clauses/format'
import { penceFromPounds } from '#app/utils/money'

type TNamedShape = { key: string; shape: TFieldShape }

export type TFieldShape =
  | { type: 'text'; optional: boolean }
  | { type: 'number'; optional: boolean }
  /** A calendar date (`format: 'date'`), entered in GOV.UK day, month and year boxes. */
  | { type: 'date'; optional: boolean }
  /** Pence (`unit: 'pence'`), entered in pounds. */
  | { type: 'money'; optional: boolean }
  | { type: 'boolean'; optional: boolean }
  | { type: 'enum'; optional: boolean; options: string[] }
  | { type: 'object'; optional: boolean; fields: TNamedShape[] }
  | { type: 'array'; optional: boolean; element: TFieldShape }
  | { type: 'variant'; optional: boolean; discriminator: string; options: { value: string; fields: TNamedShape[] }[] }
  | { type: 'json'; optional: boolean }

type TZodDef = {
  type: string
  innerType?: z.ZodType
  in?: z.ZodType
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  entries?: Record<string, string | number>
  values?: unknown[]
  options?: z.ZodType[]
  discriminator?: string
}

function defOf(schema: z.ZodType): TZodDef {
  return (schema as unknown as { _zod: { def: TZodDef } })._zod.def
}

/** What a field schema says about itself (clauses/fields.ts marks dates and money). */
function metaOf(schema: z.ZodType): { format?: string; unit?: string } {
  return (z.globalRegistry.get(schema) ?? {}) as { format?: string; unit?: string }
}

/** Describes a schema as form fields. */
export function describeSchema(schema: z.ZodType, optional = false): TFieldShape {
  const def = defOf(schema)
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return describeSchema(def.innerType as z.ZodType, true)
    case 'pipe':
      return describeSchema(def.in as z.ZodType, optional)
    case 'string':
      return { type: metaOf(schema).format === 'date' ? 'date' : 'text', optional }
    case 'number':
    case 'int':
      return { type: metaOf(schema).unit === 'pence' ? 'money' : 'number', optional }
    case 'boolean':
      return { type: 'boolean', optional }
    case 'enum':
      return { type: 'enum', optional, options: Object.values(def.entries ?? {}).map(String) }
    case 'literal':
      return { type: 'enum', optional, options: (def.values ?? []).map(String) }
    case 'object':
      return { type: 'object', optional, fields: Object.entries(def.shape ?? {}).map(([key, inner]) => ({ key, shape: describeSchema(inner) })) }
    case 'array':
      return { type: 'array', optional, element: describeSchema(def.element as z.ZodType) }
    case 'union':
      return describeUnion(def, optional)
    default:
      return { type: 'json', optional }
  }
}

function describeUnion(def: TZodDef, optional: boolean): TFieldShape {
  const options = (def.options ?? []).map((option) => describeSchema(option))
  if (def.discriminator) {
    const discriminator = def.discriminator
    return {
      type: 'variant',
      optional,
      discriminator,
      options: options.flatMap((option) => {
        if (option.type !== 'object') return []
        const tag = option.fields.find((field) => field.key === discriminator)
        const value = tag?.shape.type === 'enum' ? tag.shape.options[0] : undefined
        return value === undefined ? [] : [{ value, fields: option.fields.filter((field) => field.key !== discriminator) }]
      }),
    }
  }
  // "either" or a party id (termination noticeBy): any union of plain values is typed as text.
  if (options.every((option) => option.type === 'text' || option.type === 'enum')) {
    const allEnums = options.every((option) => option.type === 'enum')
    return allEnums ? { type: 'enum', optional, options: options.flatMap((option) => (option.type === 'enum' ? option.options : [])) } : { type: 'text', optional }
  }
  return { type: 'json', optional }
}

export type TFormValues = Record<string, string | string[] | undefined>

/** Turns posted fields named by path (`params.noticePeriod.amount`) back into a value of the shape,
 * unvalidated: numbers that are not numbers stay NaN so the schema names the field. With
 * `dropBlankRows`, a repeatable row left entirely empty is dropped (the drafter added one too many). */
export function valueFromForm(shape: TFieldShape, form: TFormValues, path: string, dropBlankRows: boolean): unknown {
  switch (shape.type) {
    case 'text':
    case 'date':
      // A date's day, month and year boxes arrive joined under its path (app/utils/date-input.ts).
      return blankAsMissing(single(form[path]), shape.optional)
    case 'money': {
      const raw = single(form[path]).trim()
      if (raw === '') return undefined
      // Left as typed when it is not an amount of pounds, so the schema says so and the box keeps it.
      return penceFromPounds(raw) ?? raw
    }
    case 'enum':
      return single(form[path]) || undefined
    case 'number': {
      const raw = single(form[path]).trim()
      if (raw === '') return undefined
      // Left as typed when it is not a number, so the schema says so and the box keeps what was entered.
      const number = Number(raw.replace(/,/g, ''))
      return Number.isNaN(number) ? raw : number
    }
    case 'boolean': {
      const raw = single(form[path])
      return raw === 'true' ? true : raw === 'false' ? false : undefined
    }
    case 'json': {
      const raw = single(form[path]).trim()
      if (raw === '') return undefined
      try {
        return JSON.parse(raw) as unknown
      } catch {
        return raw
      }
    }
    case 'object':
      return objectFromForm(shape.fields, shape.optional, form, path, dropBlankRows)
    case 'variant': {
      const chosen = shape.options.find((option) => option.value === single(form[`${path}.${shape.discriminator}`]))
      if (!chosen) {
        const raw = single(form[`${path}.${shape.discriminator}`])
        return raw ? { [shape.discriminator]: raw } : undefined
      }
      const rest = objectFromForm(chosen.fields, true, form, path, dropBlankRows) ?? {}
      return { [shape.discriminator]: chosen.value, ...(rest as object) }
    }
    case 'array': {
      const rows = rowIndexes(form, path).map((index) => valueFromForm(shape.element, form, `${path}.${index}`, dropBlankRows))
      const kept = dropBlankRows ? rows.filter((row) => !isBlank(row)) : rows
      return kept.length === 0 && shape.optional ? undefined : kept
    }
  }
}

function objectFromForm(fields: TNamedShape[], optional: boolean, form: TFormValues, path: string, dropBlankRows: boolean) {
  const entries = fields
    .map(({ key, shape }) => [key, valueFromForm(shape, form, `${path}.${key}`, dropBlankRows)] as const)
    .filter(([, value]) => value !== undefined)
  // An optional part left entirely blank (no immediate termination right) is absent, not half-filled.
  if (optional && entries.every(([, value]) => isBlank(value))) return undefined
  return Object.fromEntries(entries)
}

/** The row numbers posted for a repeatable field, in order. */
function rowIndexes(form: TFormValues, path: string): number[] {
  const prefix = `${path}.`
  const indexes = new Set<number>()
  for (const key of Object.keys(form)) {
    if (!key.startsWith(prefix)) continue
    const index = Number(key.slice(prefix.length).split('.')[0])
    if (Number.isInteger(index) && index >= 0) indexes.add(index)
  }
  return [...indexes].sort((a, b) => a - b)
}

function single(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
}

function blankAsMissing(value: string, optional: boolean) {
  return value.trim() === '' && optional ? undefined : value
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  if (Array.isArray(value)) return value.every(isBlank)
  if (typeof value === 'object') return Object.values(value).every(isBlank)
  return false
}

/** The blank value of a new repeatable row. */
export function blankRow(shape: TFieldShape): unknown {
  if (shape.type === 'object') return {}
  if (shape.type === 'array') return []
  return undefined
}

/** Option values whose words are not their name split up: a KPI measured "yes_no". */
const OPTION_NAMES: Record<string, string> = { yes_no: 'Yes or no' }

/** An option of a choice in the users' words: "financial_year" -> "Financial year", "yes_no" -> "Yes or no". */
export function optionName(value: string): string {
  return OPTION_NAMES[value] ?? humanise(value)
}

/** "noticePeriod" -> "Notice period", "academic_year_end" -> "Academic year end". */
export function humanise(key: string): string {
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export type TClauseFormInput = { params: unknown; heading?: string; number?: string; text?: string }

/** The clause editor's posted fields as a clause change, and the row button pressed, if any. */
export function readClauseForm(shape: TFieldShape, form: TFormValues): { rowIntent?: string; input: TClauseFormInput } {
  const rowIntent = single(form.rows) || undefined
  const params = valueFromForm(shape, form, 'params', !rowIntent) ?? {}
  const input: TClauseFormInput = { params: rowIntent ? changeRows(shape, params, rowIntent) : params }
  for (const key of ['heading', 'number', 'text'] as const) {
    if (form[key] !== undefined) input[key] = single(form[key])
  }
  return { rowIntent, input }
}

/** "add:params.kpis" appends a blank row; "remove:params.kpis.2" removes the third. */
function changeRows(shape: TFieldShape, params: unknown, intent: string): unknown {
  const [verb, path = ''] = intent.split(':')
  const segments = path.split('.').slice(1)
  if (verb === 'add') return updateAt(params, shape, segments, (rows, rowShape) => [...rows, blankRow(rowShape)])
  const index = Number(segments.at(-1))
  return updateAt(params, shape, segments.slice(0, -1), (rows) => rows.filter((_, position) => position !== index))
}

function updateAt(value: unknown, shape: TFieldShape, segments: string[], change: (rows: unknown[], rowShape: TFieldShape) => unknown[]): unknown {
  if (segments.length === 0) return shape.type === 'array' ? change(Array.isArray(value) ? value : [], shape.element) : value
  const [head, ...rest] = segments
  if (shape.type === 'array') {
    const rows = Array.isArray(value) ? [...value] : []
    rows[Number(head)] = updateAt(rows[Number(head)], shape.element, rest, change)
    return rows
  }
  const inner = childShape(shape, head)
  if (!inner) return value
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  return { ...record, [head]: updateAt(record[head], inner, rest, change) }
}

function childShape(shape: TFieldShape, key: string): TFieldShape | undefined {
  if (shape.type === 'object') return shape.fields.find((field) => field.key === key)?.shape
  if (shape.type === 'variant') return shape.options.flatMap((option) => option.fields).find((field) => field.key === key)?.shape
  return undefined
}

export type TValueLine = { label: string; value: string }

/** A clause's params as "label: value" lines, for reading beside its wording (the legal review). */
export function summariseValues(shape: TFieldShape, value: unknown, labels: Record<string, string>, path = ''): TValueLine[] {
  if (value === undefined || value === null || value === '') return []
  const label = labels[path] ?? humanise(path.split('.').filter((segment) => !/^\d+$/.test(segment)).at(-1) ?? '')
  switch (shape.type) {
    case 'object':
      // A period reads as one value: "6 months".
      if (isPeriod(value)) return [{ label, value: `${value.amount} ${humanise(value.unit).toLowerCase()}` }]
      return shape.fields.flatMap((field) => summariseValues(field.shape, (value as Record<string, unknown>)[field.key], labels, path ? `${path}.${field.key}` : field.key))
    case 'variant': {
      const record = value as Record<string, unknown>
      const chosen = shape.options.find((option) => option.value === record[shape.discriminator])
      const kind = humanise(String(record[shape.discriminator] ?? ''))
      // SEIP MOU 10.2.1's "to end on 5th April" is a fixed day: shown as "5 April".
      if (typeof record.day === 'number' && typeof record.month === 'number') return [{ label, value: `${kind}: ${record.day} ${MONTHS[record.month - 1] ?? record.month}` }]
      const rest = (chosen?.fields ?? []).map((field) => String(record[field.key] ?? '')).filter(Boolean)
      return [{ label, value: [kind, ...rest].join(' ') }]
    }
    case 'array':
      return (value as unknown[]).flatMap((row, index) => summariseValues(shape.element, row, labels, `${path}.${index}`).map((line) => ({ ...line, label: `${line.label} (${index + 1})` })))
    case 'boolean':
      return [{ label, value: value ? 'Yes' : 'No' }]
    case 'money':
      return [{ label, value: typeof value === 'number' ? formatPence(value) : String(value) }]
    case 'date':
      return [{ label, value: typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : String(value) }]
    case 'enum':
      return [{ label, value: optionName(String(value)) }]
    case 'json':
      return [{ label, value: JSON.stringify(value) }]
    default:
      return [{ label, value: String(value) }]
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function isPeriod(value: unknown): value is { amount: number; unit: string } {
  return typeof value === 'object' && value !== null && typeof (value as { amount?: unknown }).amount === 'number' && typeof (value as { unit?: unknown }).unit === 'string' && Object.keys(value).length === 2
}
