import { type Transporter } from 'nodemailer'
import { actorFromUser, type TActor } from '#app/utils/actor.server'
import { MAIL_FROM, mailTransport } from '#app/utils/mailer.server'
import { User } from '#models/user'
import { listObligations, todayInLondon } from './list-obligations.server'

export type TReminderDigest = { to: string; subject: string; text: string }

export type TBuildReminderDigestsOptions = { today?: string }

/** One email per person with something to act on: providers what their organisation owes (overdue
 * and due in the next 30 days), authority staff what is overdue and waiting for their review. */
export async function buildReminderDigests({ today = todayInLondon() }: TBuildReminderDigestsOptions = {}): Promise<TReminderDigest[]> {
  const digests: TReminderDigest[] = []
  for await (const user of User.find({}).lean().cursor()) {
    const actor = await actorFromUser(user)
    const lines = await digestLines(actor, today)
    if (lines.length === 0) continue
    digests.push({ to: actor.email, subject: `SLA Register: ${lines.length} obligation${lines.length === 1 ? '' : 's'} need attention`, text: [`Dear ${actor.name},`, '', ...lines, ''].join('\n') })
  }
  return digests
}

async function digestLines(actor: TActor, today: string): Promise<string[]> {
  const isProvider = actor.memberships.length > 0 && actor.memberships.every((membership) => membership.organisationId !== membership.authorityId)
  const canReview = actor.ability.can('review', 'Obligation')
  if (!isProvider && !canReview) return []
  const owedByMe = isProvider
  const overdue = await listObligations({ actor, filters: { owedByMe, when: 'overdue' }, today, limit: 200 })
  const dueSoon = isProvider ? await listObligations({ actor, filters: { owedByMe, when: 'due_soon' }, today, limit: 200 }) : []
  const awaitingReview = canReview
    ? [...(await listObligations({ actor, filters: { state: 'submitted' }, today, limit: 200 })), ...(await listObligations({ actor, filters: { state: 'resubmitted' }, today, limit: 200 }))]
    : []
  const line = (prefix: string) => (obligation: { title: string; agreementReference: string }) => `${prefix}: ${obligation.title} (${obligation.agreementReference})`
  return [...overdue.map(line('Overdue')), ...dueSoon.map(line('Due in the next 30 days')), ...awaitingReview.map(line('Awaiting your review'))]
}

export type TSendReminderDigestOptions = { today?: string; transport?: Transporter; log?: (message: string) => void }

/** Sends the digests through SMTP_URL; without it, logs that it skipped and sends nothing. */
export async function sendReminderDigest({ today, transport, log = console.log }: TSendReminderDigestOptions = {}) {
  const mailer = transport ?? mailTransport()
  if (!mailer) {
    log('Reminder digest skipped: SMTP_URL is not set')
    return { sent: 0, skipped: true }
  }
  const digests = await buildReminderDigests({ today })
  for (const digest of digests) await mailer.sendMail({ from: MAIL_FROM, ...digest })
  log(`Reminder digest sent to ${digests.length} people`)
  return { sent: digests.length, skipped: false }
}
