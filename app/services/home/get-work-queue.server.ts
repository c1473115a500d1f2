import { todayInLondon } from '#app/services/compliance/list-obligations.server'
import { type TActor } from '#app/utils/actor.server'
import { type IsoDate } from '#clauses/values'
import { type TRole } from '#models/access/roles'
import { AUDITOR_EXPORTS, recentAuditActivity } from './auditor-queues.server'
import { agreementsEndingSoon, draftsReturnedByLegal, evidenceAwaitingReview, overdueObligationsByAgreement } from './commissioner-queues.server'
import { agreementsAwaitingReview, DEADLINES_QUEUE, upcomingNoticeAndDisputeDeadlines } from './legal-queues.server'
import { dueAndOverdueByAgreement, returnedEvidence } from './provider-queues.server'
import { agreementsAwaitingMySignature, agreementsAwaitingSignature } from './signing-queue.server'
import { type TWorkQueue } from './work-queue.server'

export type { TWorkItem, TWorkQueue } from './work-queue.server'

/** The longest list a queue shows when asked for all of it. */
const ALL_SHOWN = 200

export type TGetWorkQueueOptions = {
  actor: TActor
  today?: IsoDate
  /** A queue to list in full (up to 200) rather than its first few. */
  all?: string
}

/** The roles whose work is queued on the home page; administrators keep the page they had. */
const QUEUED_ROLES = ['commissioner', 'legal', 'provider', 'auditor'] as const
type TQueuedRole = (typeof QUEUED_ROLES)[number]

function queuedRoleOf(role: TRole): TQueuedRole | null {
  // A member school works as a provider does: what it owes, what was returned, what it signs.
  if (role === 'member_school') return 'provider'
  return QUEUED_ROLES.find((queued) => queued === role) ?? null
}

/**
 * What waits for the actor, by the roles they hold: one queue per kind of work, each with its exact
 * count, its first few items (a link, why it is there, its date in words) and a link to the rest.
 * Every query is scoped by the actor's permissions.
 */
export async function getWorkQueue({ actor, today = todayInLondon(), all }: TGetWorkQueueOptions) {
  const roles = [...new Set(actor.memberships.map((membership) => queuedRoleOf(membership.role)).filter((role) => role !== null))]
  const queues: Array<{ role: TQueuedRole; queues: TWorkQueue[] }> = []
  for (const role of QUEUED_ROLES) {
    if (roles.includes(role)) queues.push({ role, queues: await queuesFor(role, actor, today, all) })
  }
  return { today, roles: queues, exports: roles.includes('auditor') ? [...AUDITOR_EXPORTS] : [] }
}

function queuesFor(role: TQueuedRole, actor: TActor, today: IsoDate, all: string | undefined): Promise<TWorkQueue[]> {
  if (role === 'commissioner') {
    return Promise.all([
      draftsReturnedByLegal(actor),
      agreementsAwaitingSignature(actor),
      evidenceAwaitingReview(actor),
      overdueObligationsByAgreement(actor, today),
      agreementsEndingSoon(actor, today),
    ])
  }
  if (role === 'legal') {
    return Promise.all([agreementsAwaitingReview(actor, today), upcomingNoticeAndDisputeDeadlines(actor, today, all === DEADLINES_QUEUE ? ALL_SHOWN : undefined)])
  }
  if (role === 'provider') return Promise.all([dueAndOverdueByAgreement(actor, today), returnedEvidence(actor), agreementsAwaitingMySignature(actor)])
  return Promise.all([recentAuditActivity(actor, today)])
}
