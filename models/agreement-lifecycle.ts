// The agreement lifecycle as one table: which status may follow which, who may move it there, and
// the permission (CASL action) the move needs. Pure: no mongoose, no Remix.
import type { TAction } from '#models/access/subjects'
import type { TRole } from '#models/access/roles'

export const AGREEMENT_STATUSES = [
  'draft',
  'in_legal_review',
  'approved',
  'out_for_signature',
  'active',
  'expiring',
  'expired',
  'terminated',
  'superseded',
] as const
export type TAgreementStatus = (typeof AGREEMENT_STATUSES)[number]

export const AGREEMENT_STATUS_LABELS: Record<TAgreementStatus, string> = {
  draft: 'Draft',
  in_legal_review: 'In legal review',
  approved: 'Approved',
  out_for_signature: 'Out for signature',
  active: 'Active',
  expiring: 'Expiring',
  expired: 'Expired',
  terminated: 'Terminated',
  superseded: 'Superseded',
}

/** Who makes a move: a person in one of these roles at the agreement's authority, or the system
 * (the signing flow when the last signature lands, the scheduler as the end date nears, a renewal
 * or variation replacing this version). */
export type TTransitionActor = { roles: readonly TRole[]; action: TAction } | 'system'

export type TTransition = {
  from: TAgreementStatus
  to: TAgreementStatus
  /** The button's words: "Send to legal review". */
  label: string
  by: TTransitionActor
  /** A return to draft must say why, so the drafter knows what to change. */
  commentRequired?: boolean
}

export const AGREEMENT_TRANSITIONS: readonly TTransition[] = [
  { from: 'draft', to: 'in_legal_review', label: 'Send to legal review', by: { roles: ['commissioner'], action: 'update' } },
  { from: 'in_legal_review', to: 'approved', label: 'Approve', by: { roles: ['legal'], action: 'approve' } },
  {
    from: 'in_legal_review',
    to: 'draft',
    label: 'Return to the commissioner with comments',
    by: { roles: ['legal'], action: 'review' },
    commentRequired: true,
  },
  { from: 'approved', to: 'out_for_signature', label: 'Send for signature', by: { roles: ['commissioner'], action: 'send' } },
  { from: 'out_for_signature', to: 'active', label: 'Mark as signed by every party', by: 'system' },
  { from: 'active', to: 'expiring', label: 'Mark as expiring', by: 'system' },
  { from: 'active', to: 'expired', label: 'Mark as expired', by: 'system' },
  { from: 'expiring', to: 'expired', label: 'Mark as expired', by: 'system' },
  { from: 'active', to: 'terminated', label: 'Record termination', by: { roles: ['commissioner', 'legal'], action: 'terminate' } },
  { from: 'expiring', to: 'terminated', label: 'Record termination', by: { roles: ['commissioner', 'legal'], action: 'terminate' } },
  { from: 'active', to: 'superseded', label: 'Supersede with a new version', by: 'system' },
  { from: 'expiring', to: 'superseded', label: 'Supersede with a new version', by: 'system' },
]

export function findTransition(from: TAgreementStatus, to: TAgreementStatus): TTransition | undefined {
  return AGREEMENT_TRANSITIONS.find((transition) => transition.from === from && transition.to === to)
}

/** The moves a person holding `roles` at the agreement's authority may make from `status`. */
export function transitionsFor(status: TAgreementStatus, roles: readonly TRole[]): TTransition[] {
  return AGREEMENT_TRANSITIONS.filter(
    (transition) => transition.from === status && transition.by !== 'system' && transition.by.roles.some((role) => roles.includes(role)),
  )
}

export function isAgreementStatus(value: string): value is TAgreementStatus {
  return (AGREEMENT_STATUSES as readonly string[]).includes(value)
}

/** Statuses a renewal or variation can start from: the agreement is in force. */
export const IN_FORCE_STATUSES: readonly TAgreementStatus[] = ['active', 'expiring']
