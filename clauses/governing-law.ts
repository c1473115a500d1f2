// Governing law and jurisdiction. Leicestershire SEIP clause 18 and Kent STLS clause 19.8: English
// law, the English courts.
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'

export const ZGoverningLawParamsSchema = z.object({
  law: z.enum(['English', 'England and Wales'], { error: 'Governing law must be English law or the law of England and Wales' }),
  /** Many agreements (SEIP clause 18) submit to "the jurisdiction" without saying whether it is exclusive. */
  courts: z.enum(['exclusive', 'non_exclusive', 'unspecified'], { error: 'Jurisdiction of the courts must be exclusive, non-exclusive or unspecified' }),
  irrevocable: z.boolean().optional(),
})
export type TGoverningLawParams = z.infer<typeof ZGoverningLawParamsSchema>

export const governingLawClause = defineClauseKind({
  kind: 'governing-law',
  label: 'Governing law',
  description: 'Which law governs the agreement and which courts decide disputes about it.',
  schema: ZGoverningLawParamsSchema,
  fieldLabels: {},
  render({ law, courts, irrevocable }) {
    const lawWords = law === 'English' ? 'English Law' : 'the law of England and Wales'
    const courtWords = law === 'English' ? 'the English Courts' : 'the courts of England and Wales'
    const exclusivity = { exclusive: 'exclusive ', non_exclusive: 'non-exclusive ', unspecified: '' }[courts]
    const submit = `${irrevocable ? 'irrevocably ' : ''}submit to the ${exclusivity}jurisdiction`
    return {
      paragraphs: [{ text: `This Agreement is made and shall be governed by and construed in accordance with ${lawWords} and the parties ${submit} of ${courtWords}.` }],
    }
  },
})
