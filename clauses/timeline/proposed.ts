// Entries worked out from a value the template proposes and nobody has confirmed (Kent PRU's
// attendance report "by the 10th of the following month") say so in their basis, so a deadline
// never reads as agreed before it is (decision record 006).
import type { AgreementContent } from '../agreement-content'
import type { ClauseKindName } from '../index'
import type { TimelineEntry, TimelineKey } from '../values'
import { clausesOfKind } from './context'

/** The entries each kind of clause gives, so a proposal on a report marks its report dates and not
 * a duty that shares its seed clause number. */
const KEYS_BY_KIND: Partial<Record<ClauseKindName, readonly TimelineKey[]>> = {
  term: ['term.commencement', 'term.end', 'review.due', 'renewal.notice_deadline'],
  termination: ['renewal.notice_deadline', 'termination.effective'],
  notices: ['notice.deemed_served'],
  'dispute-resolution': ['dispute.stage_deadline'],
  funding: ['payment.due'],
  reporting: ['report.due'],
  kpis: ['kpi.report_due'],
  obligations: ['obligation.due'],
  'records-retention': ['records.retain_until'],
}

export const PROPOSED_NOTE = '(proposed, not yet agreed)'

export function markProposed(entries: TimelineEntry[], content: AgreementContent): TimelineEntry[] {
  const proposed = new Set<string>()
  for (const [kind, keys] of Object.entries(KEYS_BY_KIND) as Array<[ClauseKindName, readonly TimelineKey[]]>) {
    for (const { clause, reference } of clausesOfKind(content, kind)) {
      if ((clause.proposals ?? []).length === 0) continue
      for (const key of keys) proposed.add(`${key}|${reference}`)
    }
  }
  if (proposed.size === 0) return entries
  return entries.map((candidate) => (proposed.has(`${candidate.key}|${candidate.clause}`) ? { ...candidate, basis: `${candidate.basis} ${PROPOSED_NOTE}` } : candidate))
}
