// Records retention: how long decisions and supporting documents are kept. Leicestershire SEIP
// clause 10.1: 7 financial years including the current one; Nottingham clause 5.1: 3 years.
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'
import { periodField, textField } from './fields'

export const ZRecordsRetentionParamsSchema = z
  .object({
    period: periodField('Retention period'),
    /** Years counted as financial years (1 April to 31 March) or as plain years. */
    countedIn: z.enum(['financial_years', 'years'], { error: 'Retention must be counted in financial years or years' }),
    /** SEIP 10.1: "7 financial years (including current)". */
    includesCurrentYear: z.boolean(),
    /** "The SEIP", "The Responsible Body" */
    keptBy: textField('Who keeps the records'),
    /** "full documentary records of all decisions made" */
    records: textField('Records kept'),
    /** "the funding allocation" */
    relatingTo: z.string().optional(),
    /** Who may ask to see them: "the Authority or the Authority's internal and external auditors". */
    availableTo: textField('Who may see the records'),
  })
  .refine((retention) => retention.period.unit === 'years', {
    error: 'Retention period must be counted in years',
    path: ['period', 'unit'],
  })
export type TRecordsRetentionParams = z.infer<typeof ZRecordsRetentionParamsSchema>

export const recordsRetentionClause = defineClauseKind({
  kind: 'records-retention',
  label: 'Records retention',
  description: 'Which records are kept, for how long, and who may see them.',
  schema: ZRecordsRetentionParamsSchema,
  fieldLabels: { period: 'Retention period' },
  render(retention) {
    const unit = retention.countedIn === 'financial_years' ? 'financial year' : 'year'
    const amount = retention.period.amount
    const period = `${amount} ${amount === 1 ? unit : `${unit}s`}`
    const current = retention.includesCurrentYear ? ' (including current)' : ''
    const relatingTo = retention.relatingTo ? ` in relation to ${retention.relatingTo}` : ''
    return {
      paragraphs: [
        {
          text: `${retention.keptBy} will maintain ${retention.records} for a period of ${period}${current} together with all supporting documentation${relatingTo} and will provide such documentation to ${retention.availableTo} on request.`,
        },
      ],
    }
  },
})
