// Report due dates. Kent STLS 13.3 and 13.5: 6 termly Local Activity Reports; Leicestershire SEIP
// 8.1 and 8.6: budget plan by October half term, Annual Expenditure Report by 31 March.
import { reportsToDeliver } from '../reporting'
import type { TimelineEntry } from '../values'
import { clausesOfKind, entry, type TimelineContext } from './context'
import { dueDates } from './due-rule'

/** One entry per report due, a report two clauses describe cited with both (STLS 13.3 and 13.5). */
export function reportingTimeline(context: TimelineContext): TimelineEntry[] {
  return reportsToDeliver(clausesOfKind(context.content, 'reporting')).flatMap(({ report, citation }) =>
    dueDates(report.due, citation, context, report.terms, { key: 'report.due', label: `${report.name} due`, what: `the ${report.name} due dates` }, report.timesPerYear).map((due) => entry('report.due', `${report.name} due`, citation, due)),
  )
}
