import type { ClauseInstance } from '#clauses/agreement-content'
import type { RenderContext } from '#clauses/clause-kind'
import { paragraphsFromText, renderClauseContent } from '#clauses/render-document'

/** The clause's words as a reader sees them: heading, paragraphs and any table rows. */
export function clauseText(clause: ClauseInstance, context: RenderContext): string {
  const rendered = renderClauseContent(clause, context)
  const paragraphs = clause.text === undefined ? rendered.paragraphs : paragraphsFromText(clause.text)
  const tables = (rendered.tables ?? []).flatMap((table) => [table.header.join(' | '), ...table.rows.map((row) => row.join(' | '))])
  return [clause.heading, ...paragraphs.map((paragraph) => (paragraph.label ? `${paragraph.label} ${paragraph.text}` : paragraph.text)), ...tables].filter(Boolean).join('\n')
}
