// Where an obligation instance stands. The review states run pending -> submitted -> accepted, or
// -> returned -> resubmitted -> accepted / returned; "overdue" is not stored but worked out from
// the due date and today, so it is never stale.
import { countBefore, countOnOrBefore } from '../calendar/sorted-dates'
import type { IsoDate } from '../values'

export const REVIEW_STATES = ['pending', 'submitted', 'accepted', 'returned', 'resubmitted'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

/** The states as the pages and the audit trail name them. */
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  pending: 'Pending',
  submitted: 'Submitted',
  resubmitted: 'Resubmitted',
  accepted: 'Accepted',
  returned: 'Returned',
}

/** "now Submitted (was Pending)", in the words the obligation pages use, for the audit trail. */
export function stateChangeWords(before: ReviewState, after: ReviewState): string {
  if (before === after) return `still ${REVIEW_STATE_LABELS[after]}`
  return `now ${REVIEW_STATE_LABELS[after]} (was ${REVIEW_STATE_LABELS[before]})`
}

export type ReviewDecision = 'accept' | 'return'

/** The state after the provider submits evidence, or `undefined` if it cannot be submitted now. */
export function stateAfterSubmission(state: ReviewState): ReviewState | undefined {
  if (state === 'pending') return 'submitted'
  if (state === 'returned') return 'resubmitted'
  // More evidence may be added while a submission waits for review; it stays where it is.
  if (state === 'submitted' || state === 'resubmitted') return state
  return undefined
}

/** The state after the commissioner's decision, or `undefined` if nothing is waiting for review. */
export function stateAfterReview(state: ReviewState, decision: ReviewDecision): ReviewState | undefined {
  if (state !== 'submitted' && state !== 'resubmitted') return undefined
  return decision === 'accept' ? 'accepted' : 'returned'
}

/** Overdue: due before today and still waiting on the party that owes it. */
export function isOverdue(state: ReviewState, dueOn: IsoDate, today: IsoDate): boolean {
  return (state === 'pending' || state === 'returned') && dueOn < today
}

/** Due within `days` days from today (inclusive) and not yet done. */
export function isDueSoon(state: ReviewState, dueOn: IsoDate, today: IsoDate, horizon: IsoDate): boolean {
  return (state === 'pending' || state === 'returned') && dueOn >= today && dueOn <= horizon
}

/**
 * How many of the due dates still waiting on the provider (sorted ascending) are overdue and how
 * many fall due between today and the horizon, by the same rules as isOverdue and isDueSoon.
 */
export function countWaiting(waitingDueDates: readonly IsoDate[], today: IsoDate, horizon: IsoDate): { overdue: number; dueSoon: number } {
  const overdue = countBefore(waitingDueDates, today)
  const dueSoon = countOnOrBefore(waitingDueDates, horizon) - overdue
  return { overdue, dueSoon: Math.max(0, dueSoon) }
}
