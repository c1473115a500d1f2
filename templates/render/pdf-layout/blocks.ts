import type { ClauseBlock, DocumentModel, HeadingBlock, Paragraph, ParagraphBlock } from '#clauses/document-model'
import type { FlowItem, Unit } from './flow'
import { textWidth } from './measure'
import { paragraphUnits, type TextStyle } from './text'
import type { LayoutContext, Theme } from './theme'

/** Narrowest indents: clause text starts 40pt in, each sub-paragraph level 28pt further. */
const minimumClauseIndent = 40
const minimumLabelIndent = 28
const labelGap = 10

/** Indents wide enough for the longest clause number and label, so none runs into its text. */
export function indentsFor(doc: DocumentModel, theme: Theme): Pick<LayoutContext, 'clauseIndent' | 'labelIndent'> {
  const clauses = doc.blocks.filter((block): block is ClauseBlock => block.type === 'clause')
  const widest = (texts: string[], style: TextStyle) => texts.reduce((widest, text) => Math.max(widest, textWidth(text, style.font, style.size)), 0)
  const numbers = widest(clauses.map((clause) => clause.number), theme.bodyBold)
  const labels = widest(clauses.flatMap((clause) => clause.paragraphs.map((paragraph) => paragraph.label ?? '')), theme.body)
  return {
    clauseIndent: Math.max(minimumClauseIndent, Math.ceil(numbers + labelGap)),
    labelIndent: Math.max(minimumLabelIndent, Math.ceil(labels + labelGap)),
  }
}

function textItem(units: Unit[], spaceBefore: number, keepWithNext = false): FlowItem {
  return { units, spaceBefore, orphans: 2, widows: 2, keepWithNext }
}

export function titleItems(doc: DocumentModel, { theme, left, width }: LayoutContext): FlowItem[] {
  const centred = (text: string, style: TextStyle) => paragraphUnits({ text, style, x: left, width, align: 'center' })
  const title = centred(doc.title, theme.title)
  const subtitle = (doc.subtitle ?? []).flatMap((line) => centred(line, theme.subtitle))
  const reference = centred(`Reference ${doc.reference} · Version ${doc.version}`, theme.small)
  return [{ units: [...title, ...subtitle, ...reference], spaceBefore: 0, orphans: 99, widows: 99 }, spacer(18)]
}

function spacer(height: number): FlowItem {
  return { units: [{ height, draw: () => undefined }], spaceBefore: 0, orphans: 1, widows: 1 }
}

export function headingItem(block: HeadingBlock, { theme, left, width }: LayoutContext): FlowItem {
  const style = theme.headings[block.level]
  const units = paragraphUnits({ text: block.text, style, x: left, width })
  return textItem(units, block.level === 1 ? 16 : 10, true)
}

export function paragraphItem(block: ParagraphBlock, { theme, left, width }: LayoutContext): FlowItem {
  const style = block.emphasis === 'bold' ? theme.bodyBold : block.emphasis === 'italic' ? theme.bodyItalic : theme.body
  return textItem(paragraphUnits({ text: block.text, style, x: left, width }), 6)
}

function clauseParagraphItem(paragraph: Paragraph, clauseNumber: string | undefined, context: LayoutContext): FlowItem {
  const { theme, left, width, clauseIndent, labelIndent } = context
  const level = Math.max(paragraph.level ?? 0, paragraph.label ? 1 : 0)
  const labelX = left + clauseIndent + (level - 1) * labelIndent
  const textX = left + clauseIndent + level * labelIndent
  const label = clauseNumber
    ? { text: clauseNumber, x: left, style: theme.bodyBold }
    : paragraph.label ? { text: paragraph.label, x: labelX } : undefined
  const units = paragraphUnits({ text: paragraph.text, style: paragraph.heading ? theme.bodyBold : theme.body, x: textX, width: left + width - textX, label })
  // "... the SEIP shall not use the funding allocation to:" belongs with its first sub-paragraph, and a sub-heading with what it heads.
  return textItem(units, clauseNumber ? 8 : 4, paragraph.heading === true || paragraph.text.trimEnd().endsWith(':'))
}

export function clauseItems(block: ClauseBlock, context: LayoutContext): FlowItem[] {
  const { theme, left, width, clauseIndent } = context
  const headingItems = block.heading
    ? [textItem(paragraphUnits({
        text: block.heading, style: theme.bodyBold, x: left + clauseIndent, width: width - clauseIndent,
        label: { text: block.number, x: left },
      }), 8, true)]
    : []
  const paragraphs = block.paragraphs.map((paragraph, index) =>
    clauseParagraphItem(paragraph, index === 0 && !block.heading ? block.number : undefined, context),
  )
  if (block.heading && paragraphs[0]) paragraphs[0].spaceBefore = 2
  return [...headingItems, ...paragraphs]
}
