// A glossary of defined terms, laid out as a two-column table (Leicestershire SEIP Schedule 1).
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'
import { textField } from './fields'

export const ZGlossaryParamsSchema = z.object({
  terms: z.array(z.object({ term: textField('Term'), meaning: textField('Meaning') })).min(1, 'Add at least one term'),
})
export type TGlossaryParams = z.infer<typeof ZGlossaryParamsSchema>

export const glossaryClause = defineClauseKind({
  kind: 'glossary',
  label: 'Glossary',
  description: 'Defined terms and what they mean.',
  schema: ZGlossaryParamsSchema,
  fieldLabels: { terms: 'Terms' },
  render({ terms }) {
    return {
      paragraphs: [],
      tables: [{ type: 'table', header: ['Term', 'Meaning'], rows: terms.map(({ term, meaning }) => [term, meaning]), columnWidths: [1, 3] }],
    }
  },
})
