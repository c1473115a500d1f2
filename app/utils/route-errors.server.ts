import { json } from '@remix-run/node'
import { isAppError } from './app-error'
import { formToObject } from './validation'

/**
 * For page actions: a validation or conflict error comes back to the form (status 400 or 409) with
 * each message next to its field and the entered values kept; any other AppError becomes an error page.
 */
export function formFailure(error: unknown, formData?: FormData) {
  if (isAppError(error) && (error.code === 'validation' || error.code === 'conflict' || error.code === 'rate_limited')) {
    const values = formData ? formToObject(formData) : {}
    delete values.password
    delete values.confirmPassword
    delete values.csrf
    return json(
      { ok: false as const, formError: error.message, fieldErrors: error.fieldErrors, values },
      { status: error.status },
    )
  }
  throw asErrorResponse(error)
}

/** Converts an AppError into the Response an ErrorBoundary shows; everything else passes through. */
export function asErrorResponse(error: unknown) {
  if (!isAppError(error)) return error
  const link = error.details?.link
  return json({ code: error.code, message: error.message, ...(link ? { link } : {}) }, { status: error.status })
}

/**
 * For page loaders: permission and not-found errors render the error page with their status.
 * (Call it inside `export async function loader`; Remix only strips function-declared loaders
 * cleanly from the browser bundle.)
 */
export async function withPageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw asErrorResponse(error)
  }
}

