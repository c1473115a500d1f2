// Recitals and purpose: the numbered "Whereas" paragraphs (Nottingham, Leicestershire SEIP) or a
// statement of purpose and principles (Kent PRU).
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'
import { textField } from './fields'

export const ZRecitalsParamsSchema = z.object({
  /** "Whereas;" */
  introduction: z.string().optional(),
  recitals: z.array(textField('Recital')).min(1, 'Add at least one recital'),
  numbering: z.enum(['numbers', 'bullets'], { error: 'Recital numbering must be numbers or bullets' }),
})
export type TRecitalsParams = z.infer<typeof ZRecitalsParamsSchema>

export const recitalsClause = defineClauseKind({
  kind: 'recitals',
  label: 'Recitals and purpose',
  description: 'Why the agreement exists: the legal background and what the parties intend.',
  schema: ZRecitalsParamsSchema,
  fieldLabels: { recitals: 'Recitals' },
  render(recitals) {
    const items = recitals.recitals.map((text, index) => ({
      label: recitals.numbering === 'numbers' ? `${index + 1}.` : '•',
      level: 1,
      text,
    }))
    return { paragraphs: recitals.introduction ? [{ text: recitals.introduction }, ...items] : items }
  },
})
