// A table of the parties with one role, read from the agreement's parties when rendered so it
// always matches them: SEIP MOU Appendix 1, the schools in the Partnership.
import { z } from 'zod'
import { defineClauseKind } from './clause-kind'
import { ZPartyRole } from './party'

export const ZPartyListParamsSchema = z.object({
  role: ZPartyRole,
  introduction: z.string().optional(),
  /** Column heading: "Member school". */
  columnHeading: z.string().min(1, 'Column heading must not be empty'),
})
export type TPartyListParams = z.infer<typeof ZPartyListParamsSchema>

export const partyListClause = defineClauseKind({
  kind: 'party-list',
  label: 'List of parties',
  description: 'A table of every party with one role, such as the member schools of a partnership.',
  schema: ZPartyListParamsSchema,
  fieldLabels: {},
  render(list, context) {
    const rows = context.parties.filter((party) => party.role === list.role).map((party) => [party.name || `[name of ${list.columnHeading.toLowerCase()}]`])
    return {
      paragraphs: list.introduction ? [{ text: list.introduction }] : [],
      tables: [{ type: 'table', header: [list.columnHeading], rows }],
    }
  },
})
