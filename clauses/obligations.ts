// Timed service obligations that are not reports: Kent PRU Schedule 1: suitable provision within
// five working days of referral (3c), the first education plan within 15 term-time days of
// admission (6f), complaints notified within 72 hours (7V).
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'
import { dueRuleField, textField } from './fields'
import { formatDueRule } from './format'

export const ZObligationSchema = z.object({
  id: z.string().min(1),
  /** "make suitable provision for an agreed new referral" */
  duty: textField('Duty'),
  /** A party id, or a description such as "The Provider". */
  owedBy: textField('Who owes the duty'),
  due: dueRuleField('Deadline'),
})
export type TObligation = z.infer<typeof ZObligationSchema>

export const ZObligationsParamsSchema = z.object({
  obligations: z.array(ZObligationSchema).min(1, 'Add at least one obligation'),
})
export type TObligationsParams = z.infer<typeof ZObligationsParamsSchema>

export const obligationsClause = defineClauseKind({
  kind: 'obligations',
  label: 'Timed obligations',
  description: 'Service duties with a deadline, such as provision within five working days of referral.',
  schema: ZObligationsParamsSchema,
  fieldLabels: { obligations: 'Obligations' },
  render({ obligations }) {
    return {
      paragraphs: obligations.map((obligation) => ({ text: `${obligation.owedBy} will ${obligation.duty} ${formatDueRule(obligation.due)}.` })),
    }
  },
})
