import { json } from '@remix-run/node'
import { type z } from 'zod'
import { ApiToken, findActiveApiTokenByHash } from '#models/api-token'
import { User } from '#models/user'
import { actorFromUser, type TActor } from './actor.server'
import { hashApiToken } from './api-token.server'
import { AppError, isAppError } from './app-error'
import { connectDatabase } from './db.server'
import { readJsonText } from './request-body.server'
import { parseWith } from './validation'

/** The user behind the request's `Authorization: Bearer <token>`, with their roles' abilities unchanged. */
export async function requireApiUser(request: Request): Promise<TActor> {
  await connectDatabase()
  const header = request.headers.get('Authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  if (!match) {
    throw new AppError('unauthenticated', {
      message: 'Send an API token in the Authorization header: "Authorization: Bearer <token>"',
    })
  }
  const apiToken = await findActiveApiTokenByHash(hashApiToken(match[1]))
  const user = apiToken ? await User.findById(apiToken.user).lean() : null
  // A deactivated person's tokens stop working with them.
  if (!apiToken || !user || user.deactivatedAt) {
    throw new AppError('unauthenticated', { message: 'The API token is not valid or has been revoked' })
  }
  await ApiToken.updateOne({ _id: apiToken._id }, { lastUsedAt: new Date() })
  return actorFromUser(user)
}

/**
 * Reads a JSON request body, answering 415 for another content type, 413 past the body limit, and
 * 400 with field paths when it is not JSON or does not fit the schema.
 */
export async function readJsonBody<TSchema extends z.ZodType>(request: Request, schema: TSchema) {
  const text = await readJsonText(request)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new AppError('validation', { message: 'The request body is not valid JSON' })
  }
  return parseWith(schema, body)
}

export function apiError(error: AppError) {
  const { code, message, details } = error
  const allowed = error.code === 'method_not_allowed' ? details?.allowed : undefined
  const headers = Array.isArray(allowed) ? { Allow: allowed.join(', ') } : undefined
  return json({ error: details ? { code, message, details } : { code, message } }, { status: error.status, headers })
}

/** Refuses a method the endpoint does not take: 405, naming the ones it does in the message and `Allow`. */
export function assertMethod(request: Request, allowed: readonly string[]) {
  if (!allowed.includes(request.method)) throw methodRefused(request, allowed)
}

/**
 * The loader or action of an API route that has none: without it Remix answers a method the route
 * does not take with a bare "Unexpected Server Error" (405 or 400) instead of the API's JSON error.
 */
export function methodNotAllowed(...allowed: string[]) {
  return ({ request }: { request: Request }) => apiError(methodRefused(request, allowed))
}

function methodRefused(request: Request, allowed: readonly string[]) {
  const path = new URL(request.url).pathname
  return new AppError('method_not_allowed', { message: `${path} does not take ${request.method}; use ${allowed.join(' or ')}`, details: { allowed } })
}

/** Runs an API handler so every failure leaves as `{error: {code, message, details?}}`. */
export async function withApiErrors(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    if (isAppError(error)) return apiError(error)
    if (error instanceof Response) return error
    console.error(error)
    return json({ error: { code: 'internal', message: 'Something went wrong on the server' } }, { status: 500 })
  }
}
