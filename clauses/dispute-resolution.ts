// Dispute resolution: ordered stages, each with a forum, an optional time limit and whether its
// decision is final and binding. Kent PRU "Resolution of Disputes": 21 days at the Management
// Committee, then (if the parties agree) the Corporate Director, Education, Learning and Skills,
// whose decision is final and binding; SEIP MOU paragraph 9: 4 weeks within the Partnership, then
// the SEIP Executive Steering Group, whose decisions bind all parties.
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'
import { periodField, textField } from './fields'
import { formatPeriod } from './format'
import { ZDisputeStage, type DisputeStage } from './values'

export const ZDisputeStageSchema = ZDisputeStage.extend({
  forum: textField('Forum'),
  timeLimit: periodField('Time limit').optional(),
})

export const ZDisputeResolutionParamsSchema = z
  .object({
    stages: z.array(ZDisputeStageSchema).min(1, 'Add at least one dispute stage'),
    /** How a dispute is first raised: "by giving notice in writing to the Chair of the Partnership". */
    referral: textField('How a dispute is referred').optional(),
    /** Kent PRU: escalation to the Corporate Director happens only "upon agreement of the Parties". */
    escalationNeedsAgreement: z.boolean(),
  })
  .superRefine((disputes, context) => {
    disputes.stages.forEach((stage, index) => {
      if (stage.finalAndBinding && index < disputes.stages.length - 1) {
        context.addIssue({
          code: 'custom',
          path: ['stages', index, 'finalAndBinding'],
          message: 'Only the last dispute stage can be final and binding',
        })
      }
    })
  })
export type TDisputeResolutionParams = z.infer<typeof ZDisputeResolutionParamsSchema>

export const disputeResolutionClause = defineClauseKind({
  kind: 'dispute-resolution',
  label: 'Dispute resolution',
  description: 'Who hears a dispute, in what order, how long each stage has and whose decision is final.',
  schema: ZDisputeResolutionParamsSchema,
  fieldLabels: { stages: 'Dispute stages' },
  render(disputes) {
    const [first, ...later] = disputes.stages
    const paragraphs = [{ text: describeFirstStage(first, disputes.referral) }]
    later.forEach((stage) => {
      const condition = disputes.escalationNeedsAgreement ? 'upon agreement of the parties, ' : ''
      const limit = stage.timeLimit ? `, who shall decide it within ${formatPeriod(stage.timeLimit)}` : ''
      const binding = stage.finalAndBinding ? `${limit ? ' and' : ','} whose decision shall be final and binding on both parties` : ''
      paragraphs.push({ text: `Failing resolution, the dispute may, ${condition}be referred to ${stage.forum}${limit}${binding}.` })
    })
    return { paragraphs }
  },
})

function describeFirstStage(stage: DisputeStage, referral: string | undefined): string {
  const raised = referral ? `Any dispute shall be raised ${referral} and` : 'The parties shall refer all matters in dispute arising out of or in connection with this Agreement to'
  const forum = referral ? ` considered by ${stage.forum}` : ` ${stage.forum}`
  const limit = stage.timeLimit ? `, who shall use their reasonable endeavours to reach a solution within a period of ${formatPeriod(stage.timeLimit)}` : ''
  const binding = stage.finalAndBinding ? ', whose decision shall be final and binding' : ''
  return `${raised}${forum}${limit}${binding}.`
}
