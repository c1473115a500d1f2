import { rgb, type PDFPage, type RGB } from 'pdf-lib'
import type { DocumentFont } from './fonts'
import type { Unit } from './flow'
import { drawGlyphs } from './page-content'
import { textWidth, wrapText } from './measure'

export interface TextStyle {
  font: DocumentFont
  size: number
  /** Line height in points. */
  leading: number
  color?: RGB
}

export const ink = rgb(0.1, 0.1, 0.12)

// DejaVu's ascender and descender, as fractions of the em; the line's spare leading is split evenly
// above and below so text sits in the middle of its line.
const ascender = 0.928
const descender = 0.236

export function baselineOf(top: number, style: TextStyle): number {
  return top - (style.leading - (ascender + descender) * style.size) / 2 - ascender * style.size
}

export function drawTextAt(page: PDFPage, text: string, x: number, baseline: number, style: TextStyle): void {
  drawGlyphs(page, text, { x, y: baseline, font: style.font, size: style.size, color: style.color ?? ink })
}

export type Align = 'left' | 'right' | 'center'

export function alignedX(text: string, style: TextStyle, x: number, width: number, align: Align): number {
  if (align === 'left') return x
  const spare = width - textWidth(text, style.font, style.size)
  return align === 'right' ? x + spare : x + spare / 2
}

export interface ParagraphLayout {
  text: string
  style: TextStyle
  x: number
  width: number
  align?: Align
  /** A clause number or "(a)" drawn in the hanging indent of the first line. */
  label?: { text: string; x: number; style?: TextStyle }
}

/** One unit per wrapped line; the label hangs to the left of the first line. */
export function paragraphUnits({ text, style, x, width, align = 'left', label }: ParagraphLayout): Unit[] {
  return wrapText(text, style.font, style.size, width).map((line, index) => ({
    height: style.leading,
    draw(page, top) {
      const baseline = baselineOf(top, style)
      drawTextAt(page, line, alignedX(line, style, x, width, align), baseline, style)
      if (label && index === 0) drawTextAt(page, label.text, label.x, baseline, label.style ?? style)
    },
  }))
}
