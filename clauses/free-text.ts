// Free text: narrative clauses with no dates, money or periods (service specification, aims,
// partnership working). Anything that carries a date, an amount or a period has its own kind.
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'

export const ZFreeTextParagraphSchema = z.object({
  label: z.string().optional(),
  text: z.string().trim().min(1, 'Paragraph text must not be empty'),
  level: z.number().int().min(0).max(3).optional(),
  heading: z.boolean().optional(),
})

export const ZFreeTextParamsSchema = z.object({
  paragraphs: z.array(ZFreeTextParagraphSchema).min(1, 'Add at least one paragraph'),
})
export type TFreeTextParams = z.infer<typeof ZFreeTextParamsSchema>

export const freeTextClause = defineClauseKind({
  kind: 'free-text',
  label: 'Free text',
  description: 'Narrative wording with no dates, money or periods.',
  schema: ZFreeTextParamsSchema,
  fieldLabels: { paragraphs: 'Text', 'paragraphs.heading': 'Printed as a sub-heading' },
  // Free text has no values; the agreement's details it names ("{{detail.partnershipName}}") are
  // filled for every clause kind alike (renderClauseContent).
  render({ paragraphs }) {
    return { paragraphs }
  },
})
