import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { deflateSync } from 'node:zlib'
import fontkit, { type Font, type Glyph } from '@pdf-lib/fontkit'

// Subsetting a TrueType font and deflating it cost more than laying out a whole agreement, so each
// font is parsed and subset once per process: one subset holds every character agreements are
// written in, and every document embeds the same deflated bytes. A document that uses a character
// outside it gets a subset of its own (rare, and kept in a small cache).

/** Characters every subset holds: ASCII, Latin-1, and the punctuation and symbols of English legal
 * prose. Names in Latin Extended-A ("Łukasz", "Dŵr") take the per-document path instead, which
 * keeps every document about 25 KB smaller. */
const commonRanges: Array<[number, number]> = [
  [0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x2027], [0x2030, 0x203a], [0x20ac, 0x20ac], [0x2122, 0x2122],
  [0x2190, 0x2193], [0x2212, 0x2212], [0x2248, 0x2248], [0x2260, 0x2265], [0x2713, 0x2713],
]

export interface FontSubset {
  /** The subset's glyph number (the character code drawn) of each BMP code point it holds; 0 if it lacks it. */
  glyphNumbers: Uint16Array
  /** Glyph id in the whole font -> glyph number in this subset. */
  subsetIds: Map<number, number>
  /** The subset TrueType file, deflated, and its length before deflating. */
  fontFile: Uint8Array
  fontFileLength: number
  /** ToUnicode CMap, deflated: the code point each glyph was chosen for, so text copies out plainly. */
  toUnicode: Uint8Array
  /** Advance of glyphs 1..n in 1/1000 em, for the PDF /W array. */
  widths: number[]
}

export interface FontFace {
  /** PostScript name with its fixed subset tag: "SLAAAA+DejaVuSerif". */
  baseFont: string
  font: Font
  /** Glyph space (1/1000 em) per font unit. */
  scale: number
  common: FontSubset
  /** Code points of the common subset, in glyph order; a document's extra characters follow them. */
  commonCodePoints: number[]
}

/** The glyph pdf-lib would draw for one character: through fontkit's layout, which draws a soft
 * hyphen or other invisible format character as a space. */
export function glyphOf(font: Font, codePoint: number): Glyph {
  const { glyphs } = font.layout(String.fromCodePoint(codePoint))
  return glyphs.length === 1 ? glyphs[0] : font.glyphForCodePoint(codePoint)
}

const hex4 = (value: number) => value.toString(16).padStart(4, '0')

function cmapCodePoint(codePoint: number): string {
  if (codePoint <= 0xffff) return hex4(codePoint)
  const offset = codePoint - 0x10000
  return hex4(0xd800 + (offset >> 10)) + hex4(0xdc00 + (offset & 0x3ff))
}

/** The same ToUnicode CMap pdf-lib writes (one bfchar line per glyph). */
function toUnicodeCmap(codePoints: number[]): string {
  const lines = codePoints.map((codePoint, index) => `<${hex4(index + 1)}> <${cmapCodePoint(codePoint)}>`)
  return [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo <<', '  /Registry (Adobe)', '  /Ordering (UCS)', '  /Supplement 0', '>> def',
    '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000><ffff>', 'endcodespacerange',
    `${lines.length} beginbfchar`, ...lines, 'endbfchar',
    'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
  ].join('\n')
}

function encodeSubset(font: Font, glyphs: Glyph[]): Promise<Uint8Array> {
  const subset = font.createSubset()
  for (const glyph of glyphs) subset.includeGlyph(glyph)
  return new Promise((resolve) => {
    const parts: Uint8Array[] = []
    subset.encodeStream().on('data', (bytes) => parts.push(bytes)).on('end', () => resolve(Buffer.concat(parts)))
  })
}

/** A subset holding these code points' glyphs as glyph numbers 1..n, in this order. */
export async function buildSubset(face: Pick<FontFace, 'font' | 'scale'>, codePoints: number[]): Promise<FontSubset> {
  const glyphNumbers = new Uint16Array(0x10000)
  const subsetIds = new Map<number, number>()
  const glyphs: Glyph[] = []
  const glyphCodePoints: number[] = []
  for (const codePoint of codePoints) {
    const glyph = glyphOf(face.font, codePoint)
    // A character the font lacks is left out; it draws as glyph 0 (.notdef), as with pdf-lib.
    if (glyph.id === 0) continue
    if (!subsetIds.has(glyph.id)) {
      glyphs.push(glyph)
      glyphCodePoints.push(codePoint)
      subsetIds.set(glyph.id, glyphs.length)
    }
    if (codePoint <= 0xffff) glyphNumbers[codePoint] = subsetIds.get(glyph.id) ?? 0
  }
  const fontFile = await encodeSubset(face.font, glyphs)
  return {
    glyphNumbers,
    subsetIds,
    // Deflated once per process, so the smallest output costs nothing per document.
    fontFile: deflateSync(fontFile, { level: 9 }),
    fontFileLength: fontFile.length,
    toUnicode: deflateSync(Buffer.from(toUnicodeCmap(glyphCodePoints), 'latin1'), { level: 9 }),
    widths: glyphs.map((glyph) => glyph.advanceWidth * face.scale),
  }
}

export async function loadFontFace(file: string, subsetTag: string): Promise<FontFace> {
  const fontDirectory = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  const font = fontkit.create(readFileSync(join(fontDirectory, file)))
  const scale = 1000 / font.unitsPerEm
  const commonCodePoints = commonRanges
    .flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => first + index))
    .filter((codePoint) => font.hasGlyphForCodePoint(codePoint))
  const common = await buildSubset({ font, scale }, commonCodePoints)
  return { baseFont: `${subsetTag}+${file.replace('.ttf', '')}`, font, scale, common, commonCodePoints }
}
