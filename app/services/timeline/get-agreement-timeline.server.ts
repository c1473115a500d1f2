import { type TTimelineQuery } from '#app/schemas/timeline'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { type TActor } from '#app/utils/actor.server'
import { terminationNoticeClauses } from '#clauses/timeline/termination'
import { agreementTimeline, entriesAdded, loadTimelineInputs } from './timeline-inputs.server'
import { whatIfOf } from './parse-timeline-query.server'

export type TGetAgreementTimelineOptions = {
  actor: TActor
  agreementId: string
  query?: TTimelineQuery
}

/**
 * The timeline of an agreement the actor may read, with any what-if applied (stored nowhere), and
 * separately the entries the what-if adds, for the "what if" panel.
 */
export async function getAgreementTimeline({ actor, agreementId, query = {} }: TGetAgreementTimelineOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  const inputs = await loadTimelineInputs(agreement)
  const whatIf = whatIfOf(query)
  const entries = agreementTimeline({ agreement, inputs, whatIf, asOf: query.asOf })
  // The panel answers the what-if whatever `asOf` hides from the list.
  const whatIfEntries = whatIf ? entriesAdded(agreementTimeline({ agreement, inputs }), agreementTimeline({ agreement, inputs, whatIf })) : []
  const noticeClauses = terminationNoticeClauses(agreement.content)
  return { agreement, entries, whatIfEntries, events: inputs.events, hasTermCalendar: Boolean(inputs.termCalendar), noticeClauses }
}
