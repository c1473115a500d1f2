import { AppError } from '#app/utils/app-error'

/** The most rows any repeated part of a form holds (parties, signatures, roles): far above any real agreement. */
export const MAX_FORM_ROWS = 200

type TFormValues = Record<string, string | string[]>

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''))

/**
 * Rows a form posts as `prefix.0.name`, `prefix.1.name`, ...: read from the fields actually posted,
 * in index order, never from a count the client states (a posted `count=10000000` once allocated
 * ten million rows before any permission check). More than MAX_FORM_ROWS is refused, naming the field.
 */
export function formRows<TField extends string>(values: TFormValues, prefix: string, fields: readonly TField[]): Record<TField, string>[] {
  const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d{1,9})\\.`)
  const indexes = new Set<number>()
  for (const key of Object.keys(values)) {
    const match = pattern.exec(key)
    if (match) indexes.add(Number(match[1]))
    if (indexes.size > MAX_FORM_ROWS) {
      const message = `A form can hold at most ${MAX_FORM_ROWS} rows of ${prefix}`
      throw new AppError('validation', { message, details: { fields: { [prefix]: message } } })
    }
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => Object.fromEntries(fields.map((field) => [field, text(values[`${prefix}.${index}.${field}`])])) as Record<TField, string>)
}
