import { deflateSync } from 'node:zlib'
import { PDFName, type PDFDocument, type PDFPage, type RGB } from 'pdf-lib'
import { ContentBytes, number } from './content-bytes'
import type { DocumentFont } from './fonts'

// Text and table rules are most of an agreement, and pdf-lib's own drawing costs too much for the
// 400 ms budget of a 30-page agreement: drawText shapes every line through fontkit, and every page's
// content stream is deflated by pure-JS pako. Here each page's text and rules are written as bytes
// into one content stream of its own (content-bytes.ts), deflated natively; a character's code is a
// table look-up (the font subset is built once per process, see font-face.ts). pdf-lib never applies
// kerning positions anyway, and skipping ligatures keeps copied text plain.

const fontKeys = new WeakMap<PDFPage, Set<DocumentFont>>()
const pageContents = new WeakMap<PDFPage, ContentBytes>()

function contentOf(page: PDFPage): ContentBytes {
  let content = pageContents.get(page)
  if (!content) {
    content = new ContentBytes()
    pageContents.set(page, content)
  }
  return content
}

/** The page's resource name for a font ("/F1"), registered once per page. */
function fontKeyOn(page: PDFPage, font: DocumentFont): string {
  let keys = fontKeys.get(page)
  if (!keys) {
    keys = new Set()
    fontKeys.set(page, keys)
  }
  if (!keys.has(font)) {
    page.node.setFontDictionary(PDFName.of(font.resourceName), font.ref)
    keys.add(font)
  }
  return `/${font.resourceName}`
}

export interface GlyphRun {
  x: number
  y: number
  font: DocumentFont
  size: number
  color: RGB
  /** Counter-clockwise, about (x, y): the diagonal DRAFT watermark. */
  rotateDegrees?: number
  /** Fill opacity from 0 to 1, through an ExtGState on the page. */
  opacity?: number
}

function textPosition(x: number, y: number, rotateDegrees = 0): string {
  if (!rotateDegrees) return `${number(x)} ${number(y)} Td`
  const angle = (rotateDegrees * Math.PI) / 180
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)]
  return `${number(cos)} ${number(sin)} ${number(-sin)} ${number(cos)} ${number(x)} ${number(y)} Tm`
}

function opacityState(page: PDFPage, opacity: number): string {
  const state = page.doc.context.obj({ Type: 'ExtGState', ca: opacity })
  return `${page.node.newExtGState('GS', page.doc.context.register(state)).toString()} gs`
}

export function drawGlyphs(page: PDFPage, text: string, { x, y, font, size, color, rotateDegrees, opacity }: GlyphRun): void {
  const content = contentOf(page)
  // Q restores the state from before q, so the pen is as it was.
  const penBefore = { ...content.pen }
  const saveState = opacity === undefined ? '' : `q ${opacityState(page, opacity)} `
  content.ascii(`${saveState}BT ${content.fontAndFill(font, fontKeyOn(page, font), size, color)}${textPosition(x, y, rotateDegrees)} (`)
  content.glyphs(font, text)
  content.ascii(opacity === undefined ? ') Tj ET\n' : ') Tj ET Q\n')
  if (opacity !== undefined) content.pen = penBefore
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
  fill?: RGB
  border?: { width: number; color: RGB }
}

export function drawBox(page: PDFPage, { x, y, width, height, fill, border }: Box): void {
  const content = contentOf(page)
  const path = `${number(x)} ${number(y)} ${number(width)} ${number(height)} re`
  if (fill) content.ascii(`${content.fill(fill)}${path} f\n`)
  if (border) content.ascii(`${content.stroke(border.width, border.color)}${path} S\n`)
}

export interface Rule {
  from: { x: number; y: number }
  to: { x: number; y: number }
  thickness: number
  color: RGB
}

export function drawRule(page: PDFPage, { from, to, thickness, color }: Rule): void {
  const content = contentOf(page)
  content.ascii(`${content.stroke(thickness, color)}${number(from.x)} ${number(from.y)} m ${number(to.x)} ${number(to.y)} l S\n`)
}

/** Adds each page's text and rules as its last content stream, above any signature image. */
export function writePageContent(pdf: PDFDocument): void {
  for (const page of pdf.getPages()) {
    const content = pageContents.get(page)
    if (!content) continue
    // Level 3 deflates text content about twice as fast as the default 6, for files about 15% larger.
    const stream = pdf.context.stream(deflateSync(content.bytes.subarray(0, content.length), { level: 3 }), { Filter: 'FlateDecode' })
    page.node.addContentStream(pdf.context.register(stream))
  }
}
