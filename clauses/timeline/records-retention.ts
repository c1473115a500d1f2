// How long records are kept once the agreement ends. Leicestershire SEIP 10.1: 7 financial years
// including the current one; Nottingham 5.1: 3 years.
import { retainUntil } from '../calendar/retention'
import type { TimelineEntry } from '../values'
import { clausesOfKind, entry, type TimelineContext } from './context'

export function recordsRetentionTimeline({ content, period }: TimelineContext): TimelineEntry[] {
  const agreementEndsOn = period.endsOn
  if (!agreementEndsOn) return []
  return clausesOfKind(content, 'records-retention').map(({ clause, reference }) => {
    const { period: retention, countedIn, includesCurrentYear } = clause.params
    const until = retainUntil({ agreementEndsOn, years: retention.amount, countedIn, includesCurrentYear, clause: reference })
    return entry('records.retain_until', 'Keep records until', reference, until)
  })
}
