// Dispute stage deadlines for each referred dispute (recorded, or a what-if), chained stage by
// stage. Kent PRU: 21 days at the Management Committee; SEIP MOU 9.3: 4 weeks.
import { disputeStageDeadlines } from '../calendar/dispute-deadlines'
import { formatDate } from '../calendar/format'
import type { IsoDate, TimelineEntry } from '../values'
import { clausesOfKind, entry, undatedFor, unlessTermDatesMissing, type TimelineContext, type WhatIf } from './context'

export function disputeTimeline(context: TimelineContext, whatIf: WhatIf | undefined): TimelineEntry[] {
  const { content, termCalendar, events } = context
  const referrals: Array<{ referredOn: IsoDate; whatIf: boolean }> = events
    .filter((event) => event.type === 'dispute_referred')
    .map((event) => ({ referredOn: event.occurredOn, whatIf: false }))
  if (whatIf?.disputeReferredOn) referrals.push({ referredOn: whatIf.disputeReferredOn, whatIf: true })
  return clausesOfKind(content, 'dispute-resolution').flatMap(({ clause, reference }) =>
    referrals.flatMap(({ referredOn, whatIf: isWhatIf }) =>
      unlessTermDatesMissing(
        () =>
          disputeStageDeadlines({ referredOn, stages: clause.params.stages, termCalendar, clause: reference }).map((deadline) =>
            entry('dispute.stage_deadline', `${isWhatIf ? 'What if: d' : 'D'}ispute stage ${deadline.stage} deadline: ${deadline.forum}`, reference, deadline),
          ),
        undatedFor(context, { key: 'dispute.stage_deadline', label: `${isWhatIf ? 'What if: d' : 'D'}ispute stage deadlines (referred on ${formatDate(referredOn)})`, clause: reference }),
      ),
    ),
  )
}
