import { TIMELINE_QUERY_PARAMETERS, ZTimelineQuerySchema, type TTimelineQuery } from '#app/schemas/timeline'
import { AppError } from '#app/utils/app-error'
import { fieldErrorsFrom } from '#app/utils/validation'

/** The what-if and `asOf` query parameters; a bad one is a 400 whose message names the parameter. */
export function parseTimelineQuery(searchParams: URLSearchParams): TTimelineQuery {
  const input = Object.fromEntries(TIMELINE_QUERY_PARAMETERS.map((name) => [name, searchParams.get(name) ?? undefined]))
  const result = ZTimelineQuerySchema.safeParse(input)
  if (result.success) return result.data
  const fields = fieldErrorsFrom(result.error)
  const [name, message] = Object.entries(fields)[0] ?? ['query', 'Check the query parameters']
  throw new AppError('validation', { message: `Query parameter ${name}: ${message}`, details: { fields } })
}

/** The what-if part of a query, or nothing when no what-if was asked. */
export function whatIfOf({ noticeServedOn, noticeMethod, noticeTime, disputeReferredOn }: TTimelineQuery) {
  if (!noticeServedOn && !disputeReferredOn) return undefined
  return { noticeServedOn, noticeMethod, noticeTime, disputeReferredOn }
}
