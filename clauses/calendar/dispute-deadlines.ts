// Dispute procedure deadlines, chained stage by stage: each stage's time limit runs from the
// previous stage's deadline. Kent PRU SLA: 21 days at the Management Committee, then the Corporate
// Director; SEIP MOU 9.3: no longer than 4 weeks, then the Executive Steering Group.
import type { DisputeStage, IsoDate, TermCalendar } from '../values'
import { cite, type DatedBasis } from './dated'
import { formatDate, formatPeriod } from './format'
import { addPeriod } from './periods'

export interface StageDeadline extends DatedBasis {
  stage: number
  forum: string
}

export interface DisputeDeadlineOptions {
  referredOn: IsoDate
  stages: DisputeStage[]
  termCalendar?: TermCalendar
  clause: string
}

/** A deadline for each stage with a time limit; the chain stops at the first stage without one,
 * because later stages have no fixed day to run from. */
export function disputeStageDeadlines({ referredOn, stages, termCalendar, clause }: DisputeDeadlineOptions): StageDeadline[] {
  const deadlines: StageDeadline[] = []
  let from = referredOn
  let fromWords = `the dispute was referred on ${formatDate(referredOn)}`
  for (const [index, stage] of stages.entries()) {
    if (!stage.timeLimit) break
    const end = addPeriod(from, stage.timeLimit, { termCalendar })
    const stageNumber = index + 1
    deadlines.push({
      stage: stageNumber,
      forum: stage.forum,
      date: end.date,
      basis: `Stage ${stageNumber} (${stage.forum}): ${formatPeriod(stage.timeLimit)} after ${fromWords}, ${formatDate(end.date)} ${cite(clause)}`,
    })
    from = end.date
    fromWords = `the stage ${stageNumber} deadline of ${formatDate(end.date)}`
  }
  return deadlines
}
