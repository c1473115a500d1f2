import { rgb, type PDFDocument, type PDFPage } from 'pdf-lib'
import type { DocumentModel } from '#clauses/document-model'
import type { PageFrame } from './flow'
import { textWidth } from './measure'
import { drawGlyphs, drawRule } from './page-content'
import { alignedX, drawTextAt, type TextStyle } from './text'
import type { Theme } from './theme'

// A4 in points, with margins wide enough for a running header and footer.
export const pageSize: [number, number] = [595.28, 841.89]
const margin = { left: 68, right: 68, top: 82, bottom: 72 }
const headerBaseline = pageSize[1] - 46
const footerBaseline = 38
const ruleColour = rgb(0.7, 0.72, 0.75)

function drawDraftWatermark(page: PDFPage, theme: Theme) {
  const style: TextStyle = { ...theme.headings[1], size: 120 }
  const width = textWidth('DRAFT', style.font, style.size)
  const angle = Math.PI / 4
  const [centreX, centreY] = [pageSize[0] / 2, pageSize[1] / 2]
  const capHalf = style.size * 0.36
  drawGlyphs(page, 'DRAFT', {
    x: centreX - (width / 2) * Math.cos(angle) + capHalf * Math.sin(angle),
    y: centreY - (width / 2) * Math.sin(angle) - capHalf * Math.cos(angle),
    size: style.size, font: style.font, color: rgb(0.85, 0.2, 0.2), rotateDegrees: 45, opacity: 0.14,
  })
}

export function pageFrame(pdf: PDFDocument, doc: DocumentModel, theme: Theme): PageFrame {
  return {
    left: margin.left,
    width: pageSize[0] - margin.left - margin.right,
    top: pageSize[1] - margin.top,
    bottom: margin.bottom,
    addPage() {
      const page = pdf.addPage(pageSize)
      // Drawn first so it sits underneath the text on every page of a draft.
      if (doc.draft) drawDraftWatermark(page, theme)
      return page
    },
  }
}

function truncateToWidth(text: string, style: TextStyle, width: number): string {
  if (textWidth(text, style.font, style.size) <= width) return text
  let shortened = text
  while (shortened.length > 1 && textWidth(`${shortened}…`, style.font, style.size) > width) shortened = shortened.slice(0, -1)
  return `${shortened.trimEnd()}…`
}

/** Running header (reference, version, title) and "Page X of Y", once the page count is known. */
export function stampRunningHeaders(pdf: PDFDocument, doc: DocumentModel, theme: Theme): void {
  const pages = pdf.getPages()
  const style = theme.small
  const columnWidth = pageSize[0] - margin.left - margin.right
  const referenceText = `${doc.reference} · Version ${doc.version}${doc.draft ? ' · DRAFT' : ''}`
  const titleWidth = columnWidth - textWidth(referenceText, style.font, style.size) - 24
  const title = truncateToWidth(doc.title, style, titleWidth)
  pages.forEach((page, index) => {
    drawTextAt(page, referenceText, margin.left, headerBaseline, style)
    drawTextAt(page, title, alignedX(title, style, margin.left, columnWidth, 'right'), headerBaseline, style)
    drawRule(page, {
      from: { x: margin.left, y: headerBaseline - 6 }, to: { x: pageSize[0] - margin.right, y: headerBaseline - 6 },
      thickness: 0.5, color: ruleColour,
    })
    const pageNumber = `Page ${index + 1} of ${pages.length}`
    drawTextAt(page, pageNumber, alignedX(pageNumber, style, margin.left, columnWidth, 'center'), footerBaseline, style)
  })
}
