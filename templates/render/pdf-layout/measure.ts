import type { PDFFont } from 'pdf-lib'

// Widths are the sum of each character's advance, which is exactly how glyphs.ts draws text (no
// ligatures, no kerning). Advances are cached per font by its fixed subset name, the same in every
// document, so measuring a word costs one map look-up.
const advanceCache = new Map<string, Map<string, number>>()

function advancesOf(font: PDFFont): Map<string, number> {
  let advances = advanceCache.get(font.name)
  if (!advances) {
    advances = new Map()
    advanceCache.set(font.name, advances)
  }
  return advances
}

function measureCharacters(text: string, advances: Map<string, number>, font: PDFFont): number {
  let width = 0
  for (const character of text) {
    let advance = advances.get(character)
    if (advance === undefined) {
      advance = font.widthOfTextAtSize(character, 1)
      advances.set(character, advance)
    }
    width += advance
  }
  return width
}

/** Width in points; whole words are cached too, since line breaking measures each word. */
export function textWidth(text: string, font: PDFFont, size: number): number {
  const advances = advancesOf(font)
  let width = advances.get(text)
  if (width === undefined) {
    width = measureCharacters(text, advances, font)
    if (advances.size < 100_000) advances.set(text, width)
  }
  return width * size
}

/** Breaks a word wider than the line (a SHA-256 hash, a long URL) at character boundaries. */
function splitLongWord(word: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const character of word) {
    if (piece && textWidth(piece + character, font, size) > maxWidth) {
      pieces.push(piece)
      piece = ''
    }
    piece += character
  }
  return piece ? [...pieces, piece] : pieces
}

/** Greedy line breaking by measured widths; collapses runs of white space. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const spaceWidth = textWidth(' ', font, size)
  const lines: string[] = []
  let line = ''
  let lineWidth = 0
  for (const word of words) {
    const wordWidth = textWidth(word, font, size)
    if (wordWidth > maxWidth) {
      if (line) lines.push(line)
      const pieces = splitLongWord(word, font, size, maxWidth)
      line = pieces.pop() ?? ''
      lines.push(...pieces)
      lineWidth = textWidth(line, font, size)
      continue
    }
    if (line && lineWidth + spaceWidth + wordWidth > maxWidth) {
      lines.push(line)
      line = ''
      lineWidth = 0
    }
    lineWidth += (line ? spaceWidth : 0) + wordWidth
    line = line ? `${line} ${word}` : word
  }
  return line || lines.length === 0 ? [...lines, line] : lines
}
