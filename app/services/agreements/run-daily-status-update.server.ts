import { claimDailyRun } from '#app/utils/daily-job.server'
import { londonDateAndTime } from '#clauses/calendar/dates'
import { updateStatusesByEndDate } from './update-statuses-by-end-date.server'

/** Marks agreements expiring or expired at most once per calendar day across app instances. */
export async function runDailyStatusUpdate({ today = londonDateAndTime(new Date()).date }: { today?: string } = {}) {
  if (!(await claimDailyRun('agreement-statuses', today))) return { ran: false as const, changed: [] }
  return { ran: true as const, changed: await updateStatusesByEndDate({ today }) }
}
