// The shape every clause kind has: a zod schema of its parameters (the machine-readable meaning),
// a renderer to the plain English lawyers expect, and a line for the UI.
import type { z } from 'zod'
import type { Paragraph, TableBlock } from './document-model'
import type { Party } from './party'
import type { IsoDate, TermCalendar } from './values'

export interface RenderContext {
  parties: Party[]
  /** The agreement's named details (the District), for `{{detail.<key>}}` slots. */
  details?: Array<{ key: string; label: string; value: string }>
  /** The agreement's dates from its term clause, for wording that states part-year amounts. */
  period?: { startsOn?: IsoDate; endsOn?: IsoDate; recurringUntil?: IsoDate }
  /** The authority's term dates, for part-year amounts shared out by terms. */
  termCalendar?: TermCalendar
}

export interface RenderedClause {
  paragraphs: Paragraph[]
  tables?: TableBlock[]
}

export interface ClauseKindDefinition<Name extends string, Schema extends z.ZodType> {
  kind: Name
  label: string
  /** One line for the UI. */
  description: string
  schema: Schema
  /** Plain-English names of fields by path inside the params ("noticePeriod" -> "Notice period"),
   * for the "ready for legal review" checklist. */
  fieldLabels: Record<string, string>
  render: (params: z.output<Schema>, context: RenderContext) => RenderedClause
}

export function defineClauseKind<const Name extends string, Schema extends z.ZodType>(
  definition: ClauseKindDefinition<Name, Schema>,
): ClauseKindDefinition<Name, Schema> {
  return definition
}

/** Finds a party by id for the wording; an unknown id reads as the id itself so a broken reference
 * shows up in the preview rather than throwing. */
export function nameParty(context: RenderContext, partyId: string): string {
  const party = context.parties.find((candidate) => candidate.id === partyId)
  if (!party) return partyId
  return party.definedAs ?? (party.name || partyId)
}
