import { type TTimelineQuery } from '#app/schemas/timeline'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { type TActor } from '#app/utils/actor.server'
import { terminationNoticeClauses } from '#clauses/timeline/termination'
import { agreementTimeline, entriesAdded, loadTimelineInputs, undatedAdded } from './timeline-inputs.server'
import { whatIfOf } from './parse-timeline-query.server'

export type TGetAgreementTimelineOptions = {
  actor: TActor
  agreementId: string
  query?: TTimelineQuery
}

/**
 * The timeline of an agreement the actor may read, with any what-if applied (stored nowhere), what
 * cannot be dated and why, and separately what the what-if adds, for the "what if" panel.
 */
export async function getAgreementTimeline({ actor, agreementId, query = {} }: TGetAgreementTimelineOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  const inputs = await loadTimelineInputs(agreement)
  const whatIf = whatIfOf(query)
  const { entries, undated } = agreementTimeline({ agreement, inputs, whatIf, asOf: query.asOf })
  // The panel answers the what-if whatever `asOf` hides from the list.
  const withoutWhatIf = whatIf ? agreementTimeline({ agreement, inputs }) : undefined
  const withWhatIf = whatIf ? agreementTimeline({ agreement, inputs, whatIf }) : undefined
  const whatIfEntries = withoutWhatIf && withWhatIf ? entriesAdded(withoutWhatIf.entries, withWhatIf.entries) : []
  const whatIfUndated = withoutWhatIf && withWhatIf ? undatedAdded(withoutWhatIf.undated, withWhatIf.undated) : []
  const noticeClauses = terminationNoticeClauses(agreement.content)
  const hasDisputeClause = agreement.content.sections.some((section) => section.clauses.some((clause) => clause.kind === 'dispute-resolution'))
  return { agreement, entries, undated, whatIfEntries, whatIfUndated, events: inputs.events, hasTermCalendar: Boolean(inputs.termCalendar), noticeClauses, hasDisputeClause }
}
