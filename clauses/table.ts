// A narrative table with no dates, money or targets (Kent STLS clause 6.2, lead special schools
// by district). Funding and KPI tables come from their own kinds so their figures stay typed.
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'

export const ZTableParamsSchema = z
  .object({
    introduction: z.string().optional(),
    caption: z.string().optional(),
    header: z.array(z.string()).min(1, 'A table needs at least one column'),
    rows: z.array(z.array(z.string())),
  })
  .superRefine((table, context) => {
    table.rows.forEach((row, index) => {
      if (row.length !== table.header.length) {
        context.addIssue({ code: 'custom', path: ['rows', index], message: `Table row ${index + 1} must have ${table.header.length} cells` })
      }
    })
  })
export type TTableParams = z.infer<typeof ZTableParamsSchema>

export const tableClause = defineClauseKind({
  kind: 'table',
  label: 'Table',
  description: 'A table of text, such as the lead schools in each district.',
  schema: ZTableParamsSchema,
  fieldLabels: { rows: 'Table rows' },
  render(table) {
    return {
      paragraphs: table.introduction ? [{ text: table.introduction }] : [],
      tables: [{ type: 'table', caption: table.caption, header: table.header, rows: table.rows }],
    }
  },
})
