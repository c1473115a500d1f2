// KPI report due dates. Kent PRU Schedule 1 clause 9 and Kent STLS 8.6: termly; Southend clause 9:
// termly, 3 times a year.
import type { TimelineEntry } from '../values'
import { clausesOfKind, entry, type TimelineContext } from './context'
import { dueDates } from './due-rule'

export function kpiTimeline(context: TimelineContext): TimelineEntry[] {
  return clausesOfKind(context.content, 'kpis').flatMap(({ clause, reference }) =>
    dueDates(clause.params.reporting.due, reference, context, undefined, { key: 'kpi.report_due', label: `KPI report to ${clause.params.reporting.to} due`, what: 'the KPI report due dates' }).map((due) => entry('kpi.report_due', `KPI report to ${clause.params.reporting.to} due`, reference, due)),
  )
}
