// What the import screen's forms and the imports API accept. A proposal's values are checked
// against its clause kind's own schema by the service.
import { z } from 'zod'
import { ZIdList } from './agreement'

const ZChecked = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true')

export const ZProposalDecisionSchema = z.object({
  decision: z.enum(['accepted', 'rejected', 'pending'], { error: 'Choose to accept or reject the proposal' }),
  /** Edited values; the proposed ones stand where absent. */
  params: z.unknown().optional(),
})
export type TProposalDecisionInput = z.infer<typeof ZProposalDecisionSchema>

export const ZAcceptImportSchema = z.object({
  title: z.string({ error: 'Enter a title for the agreement' }).trim().min(1, 'Enter a title for the agreement').max(300, 'Title must be 300 characters or fewer'),
  /** The counterparty organisations, in the order of the document's parties other than the authority. */
  parties: ZIdList,
  /** Already signed by every party and in force: the file becomes its signed record. */
  inForce: ZChecked,
  /** API convenience: decisions made in the same call, by proposal id. */
  decisions: z.record(z.string(), z.enum(['accepted', 'rejected'], { error: 'A decision must be accepted or rejected' })).optional(),
})
export type TAcceptImportInput = z.infer<typeof ZAcceptImportSchema>
