import { createHash, randomBytes } from 'node:crypto'
import { appUrl } from '#app/utils/env.server'

// Feed secrets look like `cal_<40 base64url chars>`; the prefix tells them apart from API tokens in logs.
const FEED_TOKEN_PREFIX = 'cal_'

export function generateCalendarFeedToken() {
  const token = `${FEED_TOKEN_PREFIX}${randomBytes(30).toString('base64url')}`
  return { token, hash: hashCalendarFeedToken(token) }
}

export function hashCalendarFeedToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

/** The address calendar apps subscribe to, on APP_ORIGIN. */
export function calendarFeedUrl(token: string) {
  return appUrl(`/calendar-feed/${token}.ics`)
}
