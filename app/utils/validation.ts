import { type z } from 'zod'
import { AppError, type TFieldErrors } from './app-error'
import { withJoinedDates } from './date-input'

/** Zod issues as `path -> message`, first message per field, e.g. `{ "memberships.0.role": "Select a role" }`. */
export function fieldErrorsFrom(error: z.ZodError): TFieldErrors {
  const fields: TFieldErrors = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || 'form'
    fields[path] ??= issue.message
  }
  return fields
}

/** Parses input with a schema, throwing one validation AppError that names every bad field. */
export function parseWith<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.output<TSchema> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const fields = fieldErrorsFrom(result.error)
  throw new AppError('validation', {
    message: Object.values(fields)[0] ?? 'Check the details you entered',
    details: { fields },
  })
}

/**
 * Form fields as a plain object; repeated fields (checkboxes) become arrays, and a GOV.UK date
 * input's day, month and year boxes are joined under the date's own name (`YYYY-MM-DD`).
 */
export function formToObject(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {}
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((value): value is string => typeof value === 'string')
    values[key] = all.length > 1 ? all : (all[0] ?? '')
  }
  return withJoinedDates(values)
}
