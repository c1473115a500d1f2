// Builds a SourceDocument from plain lines for the import engine's unit tests: a string is a
// paragraph, `{ heading }` a styled heading, `{ table }` a table.
import type { SourceBlock, SourceDocument } from '#clauses/import/source-document'

export type TestLine = string | { heading: string } | { table: string[][] } | { list: string; text: string }

export function documentFrom(lines: TestLine[]): SourceDocument {
  const blocks: SourceBlock[] = lines.map((line, index) => {
    const id = `b${index + 1}`
    if (typeof line === 'string') return { type: 'paragraph', id, text: line }
    if ('heading' in line) return { type: 'paragraph', id, text: line.heading, headingLevel: 1 }
    if ('list' in line) return { type: 'paragraph', id, text: line.text, listLabel: line.list }
    return { type: 'table', id, rows: line.table }
  })
  return { format: 'docx', blocks, warnings: [] }
}
