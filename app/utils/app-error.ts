/** The short list of failures the app reports; each maps to one HTTP status at the boundary. */
export const APP_ERROR_STATUS = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
} as const

export type TAppErrorCode = keyof typeof APP_ERROR_STATUS

/** Field path (e.g. `memberships.0.role`) to the message shown next to that field. */
export type TFieldErrors = Record<string, string>

export type TAppErrorOptions = {
  message: string
  status?: number
  details?: { fields?: TFieldErrors } & Record<string, unknown>
}

export class AppError extends Error {
  readonly code: TAppErrorCode
  readonly status: number
  readonly details?: TAppErrorOptions['details']

  constructor(code: TAppErrorCode, { message, status, details }: TAppErrorOptions) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.status = status ?? APP_ERROR_STATUS[code]
    this.details = details
  }

  get fieldErrors(): TFieldErrors {
    return this.details?.fields ?? {}
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}
