// Variation: no change is effective unless agreed in writing. Nottingham clause 11.1 (agreed in
// writing by both parties, proposed by notice); Leicestershire SEIP clause 14.1 (without
// prejudice to the Authority's right to revise after legislative change, clause 13.1).
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'

export const ZVariationParamsSchema = z.object({
  inWriting: z.boolean(),
  signedByBothParties: z.boolean(),
  /** Nottingham 11.1: a party wanting a change notifies the other, who decides whether to accept it. */
  proposedByNotice: z.boolean(),
  /** "Without prejudice to Clause 13.1" */
  withoutPrejudiceTo: z.string().optional(),
})
export type TVariationParams = z.infer<typeof ZVariationParamsSchema>

export const variationClause = defineClauseKind({
  kind: 'variation',
  label: 'Variation',
  description: 'How the agreement may be changed: in writing, agreed and signed by both parties.',
  schema: ZVariationParamsSchema,
  fieldLabels: {},
  render(variation) {
    const prefix = variation.withoutPrejudiceTo ? `Without prejudice to ${variation.withoutPrejudiceTo}, no` : 'No'
    const agreed = variation.inWriting ? 'agreed in writing' : 'agreed'
    const signed = variation.signedByBothParties ? ' and signed by both parties' : ''
    const paragraphs = [{ text: `${prefix} amendment or variation to the terms and conditions of this Agreement will be effective unless ${agreed} by both parties${signed}.` }]
    if (variation.proposedByNotice) {
      paragraphs.push({ text: 'If either party wishes to change the Agreement they will notify the other party of the proposed change who will decide whether or not to accept such change.' })
    }
    return { paragraphs }
  },
})
