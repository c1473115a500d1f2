import { PDFString, type PDFDocument, type PDFRef } from 'pdf-lib'
import { buildSubset, glyphOf, loadFontFace, type FontFace, type FontSubset } from './font-face'

const fontFiles = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
}

type FontRole = keyof typeof fontFiles
export type FontSet = Record<FontRole, DocumentFont>

// Subset tags must be six capital letters; fixed ones keep the output byte-for-byte repeatable,
// so the same agreement version always hashes to the same SHA-256.
const subsetTags: Record<FontRole, string> = {
  serif: 'SLAAAA',
  serifBold: 'SLAAAB',
  serifItalic: 'SLAAAC',
  sans: 'SLAAAD',
  sansBold: 'SLAAAE',
}

const roles = Object.keys(fontFiles) as FontRole[]
let faces: Promise<FontFace[]> | undefined

// A document with characters beyond the common subset, rendered again (preview, signing, sealing),
// reuses its subset; the bound keeps unusual documents from holding memory for ever.
const extendedSubsets = new Map<string, Promise<FontSubset>>()
const extendedSubsetLimit = 32

function extendedSubset(face: FontFace, extraCodePoints: number[]): Promise<FontSubset> {
  const key = `${face.baseFont}:${extraCodePoints.join(',')}`
  let subset = extendedSubsets.get(key)
  if (!subset) {
    if (extendedSubsets.size >= extendedSubsetLimit) extendedSubsets.delete(extendedSubsets.keys().next().value ?? '')
    subset = buildSubset(face, [...face.commonCodePoints, ...extraCodePoints])
    extendedSubsets.set(key, subset)
  }
  return subset
}

/** The FontDescriptor flags pdf-lib derives from the font's tables (PDF 32000 table 123). */
function fontFlags(font: FontFace['font']): number {
  const familyClass = font['OS/2'] ? font['OS/2'].sFamilyClass : 0
  let flags = 1 << 2 // Symbolic: glyphs are addressed by number, not through a standard encoding.
  if (font.post.isFixedPitch) flags |= 1 << 0
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1 // Serif.
  if (familyClass === 10) flags |= 1 << 3 // Script.
  if (font.head.macStyle.italic) flags |= 1 << 6
  return flags
}

/** One font as one document uses it: the shared face, plus this document's object and any extra characters. */
export class DocumentFont {
  #ref: PDFRef | undefined
  readonly #extraCodePoints: number[] = []
  readonly #extraGlyphNumbers = new Map<number, number>()
  readonly #extraGlyphIds = new Map<number, number>()

  /** @param resourceName the font's name in page resources, "F1": short, as every line of text names it. */
  constructor(readonly face: FontFace, readonly resourceName: string, private readonly pdf: PDFDocument) {}

  get name(): string {
    return this.face.baseFont
  }

  /** Taken on first use, so a font no page uses is not embedded. */
  get ref(): PDFRef {
    this.#ref ??= this.pdf.context.nextRef()
    return this.#ref
  }

  /** The character code drawn for a code point: its glyph number in the subset this document embeds. */
  glyphNumber(codePoint: number): number {
    const common = codePoint <= 0xffff ? this.face.common.glyphNumbers[codePoint] : 0
    return common || (this.#extraGlyphNumbers.get(codePoint) ?? this.#addExtra(codePoint))
  }

  #addExtra(codePoint: number): number {
    const glyph = glyphOf(this.face.font, codePoint)
    let glyphNumber = glyph.id === 0 ? 0 : this.face.common.subsetIds.get(glyph.id) ?? this.#extraGlyphIds.get(glyph.id)
    if (glyphNumber === undefined) {
      this.#extraCodePoints.push(codePoint)
      glyphNumber = this.face.common.widths.length + this.#extraCodePoints.length
      this.#extraGlyphIds.set(glyph.id, glyphNumber)
    }
    this.#extraGlyphNumbers.set(codePoint, glyphNumber)
    return glyphNumber
  }

  /** Writes the font's objects, as pdf-lib's subset embedder lays them out, with the font file deflated once per process. */
  async embed(): Promise<void> {
    if (!this.#ref) return
    const subset = this.#extraCodePoints.length ? await extendedSubset(this.face, this.#extraCodePoints) : this.face.common
    const { context } = this.pdf
    const { font, scale, baseFont } = this.face
    const fontFile = context.register(context.stream(subset.fontFile, { Filter: 'FlateDecode', Length1: subset.fontFileLength }))
    const descriptor = context.register(context.obj({
      Type: 'FontDescriptor', FontName: baseFont, Flags: fontFlags(font),
      FontBBox: [font.bbox.minX * scale, font.bbox.minY * scale, font.bbox.maxX * scale, font.bbox.maxY * scale],
      ItalicAngle: font.italicAngle, Ascent: font.ascent * scale, Descent: font.descent * scale,
      CapHeight: (font.capHeight || font.ascent) * scale, XHeight: (font.xHeight || 0) * scale, StemV: 0,
      FontFile2: fontFile,
    }))
    const descendant = context.register(context.obj({
      Type: 'Font', Subtype: 'CIDFontType2', CIDToGIDMap: 'Identity', BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor, W: [1, subset.widths],
    }))
    const toUnicode = context.register(context.stream(subset.toUnicode, { Filter: 'FlateDecode' }))
    context.assign(this.#ref, context.obj({
      Type: 'Font', Subtype: 'Type0', BaseFont: baseFont, Encoding: 'Identity-H', DescendantFonts: [descendant], ToUnicode: toUnicode,
    }))
  }
}

/** This document's fonts; parsing and subsetting happen once per process. */
export async function documentFonts(pdf: PDFDocument): Promise<FontSet> {
  faces ??= Promise.all(roles.map((role) => loadFontFace(fontFiles[role], subsetTags[role])))
  const loaded = await faces
  return Object.fromEntries(roles.map((role, index) => [role, new DocumentFont(loaded[index], `F${index + 1}`, pdf)])) as FontSet
}

/** Embeds the fonts the pages used, once the pages are drawn; one at a time, so object numbers never vary. */
export async function embedUsedFonts(fonts: FontSet): Promise<void> {
  for (const role of roles) await fonts[role].embed()
}
