import { claimDailyRun } from '#app/utils/daily-job.server'
import { todayInLondon } from './list-obligations.server'
import { sendReminderDigest, type TSendReminderDigestOptions } from './send-reminder-digest.server'

/** Sends the reminder digest at most once per calendar day however many app instances call it. */
export async function runDailyReminderDigest(options: TSendReminderDigestOptions = {}) {
  const today = options.today ?? todayInLondon()
  if (!(await claimDailyRun('reminder-digest', today))) return { ran: false as const }
  return { ran: true as const, ...(await sendReminderDigest({ ...options, today })) }
}
