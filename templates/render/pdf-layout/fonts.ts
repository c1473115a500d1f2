import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import type { PDFDocument, PDFFont } from 'pdf-lib'

export interface FontSet {
  serif: PDFFont
  serifBold: PDFFont
  serifItalic: PDFFont
  sans: PDFFont
  sansBold: PDFFont
}

const fontFiles: Record<keyof FontSet, string> = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
}

// Subset tags must be six capital letters; fixed ones keep the output byte-for-byte repeatable,
// so the same agreement version always hashes to the same SHA-256.
const subsetTags: Record<keyof FontSet, string> = {
  serif: 'SLAAAA',
  serifBold: 'SLAAAB',
  serifItalic: 'SLAAAC',
  sans: 'SLAAAD',
  sansBold: 'SLAAAE',
}

let fontBytes: Record<keyof FontSet, Uint8Array> | undefined

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0]
type ParsedFont = ReturnType<Fontkit['create']>

// Parsing a TTF, and decoding its layout tables on first use, costs more than laying out a whole
// agreement; the parsed fonts are read-only apart from their own caches (each document gets its
// own subset), so one parse per process is shared by every document.
const parsedFonts = new WeakMap<Uint8Array, ParsedFont>()
const sharedFontkit: Fontkit = {
  create(bytes, postscriptName) {
    let parsed = parsedFonts.get(bytes)
    if (!parsed) {
      parsed = fontkit.create(bytes, postscriptName)
      parsedFonts.set(bytes, parsed)
    }
    return parsed
  },
}

function loadFontBytes() {
  if (fontBytes) return fontBytes
  const fontDirectory = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  const entries = Object.entries(fontFiles).map(([role, file]) => [role, readFileSync(join(fontDirectory, file))])
  fontBytes = Object.fromEntries(entries) as Record<keyof FontSet, Uint8Array>
  return fontBytes
}

export async function embedFonts(pdf: PDFDocument): Promise<FontSet> {
  pdf.registerFontkit(sharedFontkit)
  const bytes = loadFontBytes()
  const roles = Object.keys(fontFiles) as Array<keyof FontSet>
  const fonts = await Promise.all(
    roles.map((role) => pdf.embedFont(bytes[role], { subset: true, customName: `${subsetTags[role]}+${fontFiles[role].replace('.ttf', '')}` })),
  )
  return Object.fromEntries(roles.map((role, index) => [role, fonts[index]])) as unknown as FontSet
}
