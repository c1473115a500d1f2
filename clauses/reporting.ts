// Reporting obligations: each report's name, who produces it, who receives it, how often and when
// it is due. Kent PRU Schedule 1 clause 9: the Annual Report is sent two weeks before the annual
// meeting; Leicestershire SEIP clause 8.1: budget plan no later than October half term; clause
// 8.6: Annual Expenditure Report by 31 March; Kent STLS clause 13.3: 6 termly Local Activity
// Reports in an academic year.
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'
import { countField, dueRuleField, textField } from './fields'
import { formatDueRule, formatList } from './format'

export const ZReportFrequency = z.enum(['monthly', 'half_termly', 'termly', 'annual', 'on_event'], {
  error: 'Report frequency must be monthly, half-termly, termly, annual or on an event',
})

export const ZReportSchema = z.object({
  id: z.string().min(1),
  name: textField('Report name'),
  /** Who produces it: "SLA holding school Headteacher". */
  from: textField('Who produces the report').optional(),
  to: z.array(textField('Report recipient')).min(1, 'Name who receives the report'),
  frequency: ZReportFrequency,
  timesPerYear: countField('Reports a year').optional(),
  due: dueRuleField('Report due date'),
  /** Kent STLS 13.5 "Terms to be Submitted": 1, 2, 3, 4, 5, 6. */
  terms: z.array(z.number().int().min(1).max(6)).optional(),
  /** Words after the terms in a timetable: Kent STLS 13.5 "1 (for previous year)". */
  termsNote: z.string().trim().max(200, 'Note on the terms must be 200 characters or fewer').optional(),
  /** The number of the clause whose report this one restates: Kent STLS 13.5's "Local Activity
   * Report & KPI Report" row is the report 13.3 requires, one deliverable, so it is owed once. */
  restates: z.string().trim().min(1, 'Give the number of the clause this report restates').optional(),
})
export type TReport = z.infer<typeof ZReportSchema>

export const ZReportingParamsSchema = z.object({
  reports: z.array(ZReportSchema).min(1, 'Add at least one report'),
  /** Show the reports as a timetable (Kent STLS 13.5) rather than as sentences. */
  asTable: z.boolean(),
  tableCaption: z.string().optional(),
})
export type TReportingParams = z.infer<typeof ZReportingParamsSchema>

const FREQUENCY_WORDS = {
  monthly: 'monthly',
  half_termly: 'half-termly',
  termly: 'termly',
  annual: 'annual',
  on_event: 'on each occasion',
} as const

export const reportingClause = defineClauseKind({
  kind: 'reporting',
  label: 'Reporting obligations',
  description: 'Which reports are due, from whom, to whom, how often and by when.',
  schema: ZReportingParamsSchema,
  fieldLabels: { reports: 'Reports' },
  render(reporting) {
    if (reporting.asTable) {
      return {
        paragraphs: [],
        tables: [
          {
            type: 'table',
            caption: reporting.tableCaption,
            // Kent STLS 13.5's own columns: when each report is due follows from its terms.
            header: ['Responsibility for the Report', 'Name of Report', 'Terms to be Submitted', 'Report Submitted to'],
            rows: reporting.reports.map((report) => [
              report.from ?? '',
              report.name,
              [report.terms?.join(', '), report.termsNote].filter(Boolean).join(' '),
              report.to.join(', '),
            ]),
          },
        ],
      }
    }
    return { paragraphs: reporting.reports.map((report) => ({ text: describeReport(report) })) }
  },
})

function describeReport(report: TReport): string {
  const from = report.from ? `${report.from} will provide` : 'The Provider will provide'
  const times = report.timesPerYear ? ` (${report.timesPerYear} a year)` : ''
  return `${from} the ${report.name} to ${formatList(report.to)}, ${FREQUENCY_WORDS[report.frequency]}${times}, due ${formatDueRule(report.due)}.`
}

/** A report to deliver, with how a solicitor cites it: the clause that requires it, and any clause
 * that restates it ("13.3 and 13.5"). */
export type TDeliveredReport<Located> = { located: Located; report: TReport; citation: string }

/** Each report once: one that restates another clause's report adds no obligation or due date of
 * its own, and the report it restates is cited with both clauses. */
export function reportsToDeliver<Located extends { clause: { number: string; params: TReportingParams }; reference: string }>(clauses: Located[]): TDeliveredReport<Located>[] {
  return clauses.flatMap((located) =>
    located.clause.params.reports
      .filter((report) => !report.restates)
      .map((report) => {
        const restatedBy = clauses.filter((other) => other !== located && other.clause.params.reports.some((row) => row.restates === located.clause.number))
        return { located, report, citation: [located.reference, ...restatedBy.map((other) => other.reference)].join(' and ') }
      }),
  )
}
