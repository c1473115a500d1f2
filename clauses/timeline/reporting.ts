// Report due dates. Kent STLS 13.3 and 13.5: 6 termly Local Activity Reports; Leicestershire SEIP
// 8.1 and 8.6: budget plan by October half term, Annual Expenditure Report by 31 March.
import type { TimelineEntry } from '../values'
import { clausesOfKind, entry, type TimelineContext } from './context'
import { dueDates } from './due-rule'

export function reportingTimeline(context: TimelineContext): TimelineEntry[] {
  return clausesOfKind(context.content, 'reporting').flatMap(({ clause, reference }) =>
    clause.params.reports.flatMap((report) =>
      dueDates(report.due, reference, context, report.terms, { key: 'report.due', label: `${report.name} due`, what: `the ${report.name} due dates` }).map((due) => entry('report.due', `${report.name} due`, reference, due)),
    ),
  )
}
