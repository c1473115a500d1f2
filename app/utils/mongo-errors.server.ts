import { AppError, type TFieldErrors } from './app-error'

/** A unique index refused the write (MongoDB error 11000). */
export function isDuplicateKey(error: unknown): error is { code: number; keyPattern?: Record<string, unknown> } {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 11000
}

/**
 * Runs a write and turns a unique-index violation into a 409 naming the field, using the message
 * given for the first key of the violated index.
 */
export async function withDuplicateKeyAsConflict<T>(write: () => Promise<T>, messages: TFieldErrors): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
    const keys = Object.keys(error.keyPattern ?? {})
    const field = keys.find((key) => key in messages) ?? Object.keys(messages)[0] ?? 'form'
    const message = messages[field] ?? 'This record already exists'
    throw new AppError('conflict', { message, details: { fields: { [field]: message } } })
  }
}
