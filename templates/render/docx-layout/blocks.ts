import {
  AlignmentType, BorderStyle, HeadingLevel, ImageRun, Paragraph, ShadingType, Tab, Table, TableCell, TableRow,
  TextRun, WidthType, type ParagraphChild,
} from 'docx'
import type { ClauseBlock, DocumentModel, HeadingBlock, Paragraph as ClauseParagraph, SignatureSlot, SignaturesBlock, TableBlock } from '#clauses/document-model'
import { formatLondonTime } from '../london-time'

/** Twips (1/20 pt). Narrowest indents: clause text 720 in, each sub-paragraph level 567 further. */
const minimumClauseIndent = 720
const minimumLabelIndent = 567
const labelGap = 180
/** 10.5pt body text, in twips. */
const em = 210

export interface Indents {
  clauseIndent: number
  labelIndent: number
}

// Arial's advance widths (in ems) for the characters clause numbers and labels are made of; Word
// lays the text out itself, so an estimate that errs wide is enough.
function estimatedWidth(text: string): number {
  const narrow: Record<string, number> = { '.': 0.28, '(': 0.34, ')': 0.34, i: 0.23, l: 0.23 }
  return [...text].reduce((width, character) => width + (narrow[character] ?? 0.6) * em, 0)
}

/** Indents wide enough for the longest clause number and label, so none runs into its text. */
export function indentsFor(doc: DocumentModel): Indents {
  const clauses = doc.blocks.filter((block): block is ClauseBlock => block.type === 'clause')
  const widest = (texts: string[]) => Math.max(0, ...texts.map(estimatedWidth))
  const numbers = widest(clauses.map((clause) => clause.number))
  const labels = widest(clauses.flatMap((clause) => clause.paragraphs.map((paragraph) => paragraph.label ?? '')))
  return {
    clauseIndent: Math.max(minimumClauseIndent, Math.ceil(numbers + labelGap)),
    labelIndent: Math.max(minimumLabelIndent, Math.ceil(labels + labelGap)),
  }
}
/** A4 less 2.2 cm margins each side, in twips. */
export const textWidth = 11906 - 2 * 1247

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const

export function headingParagraph(block: HeadingBlock): Paragraph {
  return new Paragraph({ heading: headingLevels[block.level], text: block.text })
}

function hangingParagraph(label: ParagraphChild[], text: ParagraphChild[], left: number, hanging: number, keepNext = false): Paragraph {
  return new Paragraph({
    indent: { left, hanging },
    keepNext,
    // Widow/orphan control is Word's default; keepLines stops a short clause breaking at all.
    children: [...label, new TextRun({ children: [new Tab()] }), ...text],
  })
}

function clauseParagraph(paragraph: ClauseParagraph, clauseNumber: string | undefined, { clauseIndent, labelIndent }: Indents): Paragraph {
  const keepNext = paragraph.heading === true || paragraph.text.trimEnd().endsWith(':')
  const text = [new TextRun({ text: paragraph.text, bold: paragraph.heading })]
  if (clauseNumber) return hangingParagraph([new TextRun({ text: clauseNumber, bold: true })], text, clauseIndent, clauseIndent, keepNext)
  const level = Math.max(paragraph.level ?? 0, paragraph.label ? 1 : 0)
  if (!paragraph.label) return new Paragraph({ indent: { left: clauseIndent + level * labelIndent }, keepNext, children: text })
  return hangingParagraph([new TextRun(paragraph.label)], text, clauseIndent + level * labelIndent, labelIndent, keepNext)
}

export function clauseParagraphs(block: ClauseBlock, indents: Indents): Paragraph[] {
  const { clauseIndent } = indents
  const heading = block.heading
    ? [hangingParagraph([new TextRun({ text: block.number, bold: true })], [new TextRun({ text: block.heading, bold: true })], clauseIndent, clauseIndent, true)]
    : []
  return [...heading, ...block.paragraphs.map((paragraph, index) => clauseParagraph(paragraph, index === 0 && !block.heading ? block.number : undefined, indents))]
}

function cell(text: string, width: number, options: { header?: boolean; numeric?: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: options.header ? { type: ShadingType.CLEAR, fill: 'E6EBF2', color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    children: text.split('\n').map((line) => new Paragraph({
      alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { after: 0 },
      children: [new TextRun({ text: line, bold: options.header, size: 18 })],
    })),
  })
}

/** The header row repeats on every page the table runs onto; rows never split. */
export function tableElements(table: TableBlock): Array<Paragraph | Table> {
  const weights = table.header.map((_, index) => table.columnWidths?.[index] ?? 1)
  const totalWeight = weights.reduce((total, weight) => total + weight, 0)
  const widths = weights.map((weight) => Math.round((textWidth * weight) / totalWeight))
  const numeric = (index: number) => table.numericColumns?.includes(index) ?? false
  const row = (cells: string[], header: boolean) => new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: widths.map((width, index) => cell(cells[index] ?? '', width, { header, numeric: numeric(index) })),
  })
  const caption = table.caption
    ? [new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [new TextRun({ text: table.caption, bold: true, size: 18, color: '595959' })] })]
    : []
  const body = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(table.header, true), ...table.rows.map((cells) => row(cells, false))],
  })
  return [...caption, body, new Paragraph({ spacing: { after: 0 }, children: [] })]
}

/** PNG width and height from its IHDR chunk, to size a drawn signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

function signatureMark(slot: SignatureSlot): ParagraphChild[] {
  const drawn = slot.signed?.drawnPng
  if (drawn) {
    const { width, height } = pngSize(drawn)
    const scale = Math.min(200 / width, 48 / height)
    return [new ImageRun({ type: 'png', data: drawn, transformation: { width: Math.round(width * scale), height: Math.round(height * scale) } })]
  }
  if (slot.signed) return [new TextRun({ text: slot.signed.name, italics: true, size: 36, font: 'Times New Roman', color: '0D2673' })]
  return []
}

function signatureCell(slot: SignatureSlot | undefined, width: number): TableCell {
  const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
  const borders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder }
  if (!slot) return new TableCell({ width: { size: width, type: WidthType.DXA }, borders, children: [new Paragraph('')] })
  const line = (text: string) => new Paragraph({ spacing: { after: 40 }, children: [new TextRun(text)] })
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders,
    margins: { right: 280, bottom: 240 },
    children: [
      new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: 'Signed for and on behalf of', size: 16, color: '595959' })] }),
      new Paragraph({ children: [new TextRun({ text: slot.party, bold: true })] }),
      new Paragraph({
        spacing: { before: 360, after: 0 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '4D4D59', space: 1 } },
        children: signatureMark(slot),
      }),
      new Paragraph({ children: [new TextRun({ text: 'Signature', size: 16, color: '595959' })] }),
      line(`Name: ${slot.signed?.name ?? slot.name ?? ''}`),
      line(`Title: ${slot.signed?.title ?? ''}`),
      line(`Role: ${slot.role}`),
      line(`Date: ${slot.signed ? formatLondonTime(slot.signed.signedAt) : ''}`),
    ],
  })
}

/** Two signature blocks a row; a row never splits across pages. */
export function signatureTable(block: SignaturesBlock): Table {
  const columnWidth = Math.floor(textWidth / 2)
  const rows: TableRow[] = []
  for (let index = 0; index < block.signatories.length; index += 2) {
    const pair = [block.signatories[index], block.signatories[index + 1]]
    rows.push(new TableRow({ cantSplit: true, children: pair.map((slot) => signatureCell(slot, columnWidth)) }))
  }
  return new Table({ width: { size: columnWidth * 2, type: WidthType.DXA }, columnWidths: [columnWidth, columnWidth], rows })
}
