// The uploaded document as it was read, each paragraph and table in order, with the sentences the
// proposals were read from highlighted and linked from their proposal.

export type TSourceBlockView =
  | { type: 'paragraph'; id: string; text: string; headingLevel?: number; bold?: boolean; listLabel?: string }
  | { type: 'table'; id: string; rows: string[][] }

/** A sentence a proposal cites: where it is in its block, and the anchor its proposal links to. */
export type THighlight = { blockId: string; start: number; end: number; anchor: string }

export function SourceDocument({ blocks, highlights }: { blocks: TSourceBlockView[]; highlights: THighlight[] }) {
  const byBlock = new Map<string, THighlight[]>()
  for (const highlight of highlights) byBlock.set(highlight.blockId, [...(byBlock.get(highlight.blockId) ?? []), highlight])
  return (
    <div className="app-import-document" tabIndex={0} role="region" aria-label="The document as uploaded">
      {blocks.map((block) => (block.type === 'table' ? <SourceTable key={block.id} block={block} highlights={byBlock.get(block.id) ?? []} /> : <SourceParagraph key={block.id} block={block} highlights={byBlock.get(block.id) ?? []} />))}
    </div>
  )
}

function SourceParagraph({ block, highlights }: { block: Extract<TSourceBlockView, { type: 'paragraph' }>; highlights: THighlight[] }) {
  const emphasis = block.headingLevel || block.bold ? ' govuk-!-font-weight-bold' : ''
  return (
    <p className={`govuk-body${emphasis}`} id={`block-${block.id}`}>
      {block.listLabel ? `${block.listLabel} ` : null}
      {segments(block.text, highlights).map((segment, index) =>
        segment.highlight ? (
          <mark key={index} className="app-import-mark" id={segment.highlight.anchor}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  )
}

function SourceTable({ block, highlights }: { block: Extract<TSourceBlockView, { type: 'table' }>; highlights: THighlight[] }) {
  const [header, ...rows] = block.rows
  const anchor = highlights[0]?.anchor
  return (
    <div id={anchor ?? `block-${block.id}`} className={anchor ? 'app-import-table--read' : undefined}>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">A table in the document{anchor ? ', read as proposed terms' : ''}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {header.map((cell, index) => (
              <th key={index} scope="col" className="govuk-table__header">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="govuk-table__row">
              {row.map((cell, index) => (
                <td key={index} className="govuk-table__cell">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The text cut into plain and highlighted runs; overlapping sentences keep the first highlight. */
function segments(text: string, highlights: THighlight[]): Array<{ text: string; highlight?: THighlight }> {
  const sorted = highlights.filter((highlight) => highlight.end > highlight.start).sort((a, b) => a.start - b.start)
  const runs: Array<{ text: string; highlight?: THighlight }> = []
  let at = 0
  for (const highlight of sorted) {
    if (highlight.start < at) continue
    if (highlight.start > at) runs.push({ text: text.slice(at, highlight.start) })
    runs.push({ text: text.slice(highlight.start, highlight.end), highlight })
    at = highlight.end
  }
  if (at < text.length) runs.push({ text: text.slice(at) })
  return runs
}
