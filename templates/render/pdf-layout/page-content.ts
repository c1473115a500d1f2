import { deflateSync } from 'node:zlib'
import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib'

// Text and table rules are most of an agreement, and pdf-lib's own drawing costs too much for the
// 400 ms budget of a 30-page agreement: drawText shapes every line through fontkit, and every page's
// content stream is deflated by pure-JS pako. Here glyph codes are looked up once per character
// per document, and each page's text and rules go into one content stream of its own, deflated natively.
// pdf-lib never applies kerning positions anyway, and skipping ligatures keeps copied text plain.
const glyphCodes = new WeakMap<PDFFont, Map<number, string>>()
const fontKeys = new WeakMap<PDFPage, Map<PDFFont, string>>()
const pageOperators = new WeakMap<PDFPage, string[]>()

function operatorsOf(page: PDFPage): string[] {
  let operators = pageOperators.get(page)
  if (!operators) {
    operators = []
    pageOperators.set(page, operators)
  }
  return operators
}

/** Glyph codes for a line, looked up per character code; subset glyph numbers differ between documents. */
function glyphHex(font: PDFFont, text: string): string {
  let codes = glyphCodes.get(font)
  if (!codes) {
    codes = new Map()
    glyphCodes.set(font, codes)
  }
  let hex = ''
  for (let index = 0; index < text.length; index++) {
    const codePoint = text.codePointAt(index) ?? 0
    if (codePoint > 0xffff) index++
    let code = codes.get(codePoint)
    if (code === undefined) {
      code = font.encodeText(String.fromCodePoint(codePoint)).asString()
      codes.set(codePoint, code)
    }
    hex += code
  }
  return hex
}

/** The page's resource name for a font, registered once per page. */
function fontKeyOn(page: PDFPage, font: PDFFont): string {
  let keys = fontKeys.get(page)
  if (!keys) {
    keys = new Map()
    fontKeys.set(page, keys)
  }
  let key = keys.get(font)
  if (!key) {
    key = page.node.newFontDictionary(font.name, font.ref).toString()
    keys.set(font, key)
  }
  return key
}

export interface GlyphRun {
  x: number
  y: number
  font: PDFFont
  size: number
  color: RGB
  /** Counter-clockwise, about (x, y): the diagonal DRAFT watermark. */
  rotateDegrees?: number
  /** Fill opacity from 0 to 1, through an ExtGState on the page. */
  opacity?: number
}

const number = (value: number) => String(Math.round(value * 1000) / 1000)
const colour = ({ red, green, blue }: RGB) => `${number(red)} ${number(green)} ${number(blue)}`

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
  const show = `BT ${fontKeyOn(page, font)} ${number(size)} Tf ${colour(color)} rg ${textPosition(x, y, rotateDegrees)} <${glyphHex(font, text)}> Tj ET`
  operatorsOf(page).push(opacity === undefined ? show : `q ${opacityState(page, opacity)} ${show} Q`)
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
  const path = `${number(x)} ${number(y)} ${number(width)} ${number(height)} re`
  if (fill) operatorsOf(page).push(`${colour(fill)} rg ${path} f`)
  if (border) operatorsOf(page).push(`${number(border.width)} w ${colour(border.color)} RG ${path} S`)
}

export interface Rule {
  from: { x: number; y: number }
  to: { x: number; y: number }
  thickness: number
  color: RGB
}

export function drawRule(page: PDFPage, { from, to, thickness, color }: Rule): void {
  operatorsOf(page).push(`${number(thickness)} w ${colour(color)} RG ${number(from.x)} ${number(from.y)} m ${number(to.x)} ${number(to.y)} l S`)
}

/** Adds each page's text and rules as its last content stream, above any signature image. */
export function writePageContent(pdf: PDFDocument): void {
  for (const page of pdf.getPages()) {
    const operators = pageOperators.get(page)
    if (!operators) continue
    // Level 3 deflates text content about twice as fast as the default 6, for files about 15% larger.
    const content = deflateSync(Buffer.from(operators.join('\n'), 'latin1'), { level: 3 })
    const stream = pdf.context.stream(content, { Filter: 'FlateDecode' })
    page.node.addContentStream(pdf.context.register(stream))
  }
}
