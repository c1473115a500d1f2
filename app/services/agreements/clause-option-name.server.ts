import type { ClauseInstance } from '#clauses/agreement-content'
import type { RenderContext } from '#clauses/clause-kind'
import { getClauseKind } from '#clauses/index'
import { fillDetails } from '#clauses/wording'
import { clauseText } from './clause-text.server'

/** An unheaded clause is known by its first words: "This Agreement establishes the relationship…". */
export function openingWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean)
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ')
}

/** How a list of places ("Move it to", "Where in the section") names a clause, not how the document
 * cites it (clauseName in clauses/agreement-content.ts): "2.1 Notice"; without a heading, its number
 * and first words, "1.1 This Agreement commences on 1 April 2027." ("After 1.1" tells a user
 * nothing); without words either, its kind. */
export function clauseOptionName(clause: ClauseInstance, context: RenderContext): string {
  const named = fillDetails(clause.heading, context) || openingWords(clauseText(clause, context)) || getClauseKind(clause.kind)?.label || clause.kind
  return [clause.number, named].filter(Boolean).join(' ')
}
