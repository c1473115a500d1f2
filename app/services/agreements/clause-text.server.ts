import type { ClauseInstance } from '#clauses/agreement-content'
import type { RenderContext } from '#clauses/clause-kind'
import { clauseParagraphs, paragraphText, renderClauseContent } from '#clauses/render-document'

/** The clause's words as a reader sees them, slots filled: heading, paragraphs and any table rows. */
export function clauseText(clause: ClauseInstance, context: RenderContext): string {
  const rendered = renderClauseContent(clause, context)
  const paragraphs = clauseParagraphs(clause, context, rendered)
  const tables = (rendered.tables ?? []).flatMap((table) => [table.header.join(' | '), ...table.rows.map((row) => row.join(' | '))])
  return [clause.heading, ...paragraphs.map(paragraphText), ...tables].filter(Boolean).join('\n')
}
