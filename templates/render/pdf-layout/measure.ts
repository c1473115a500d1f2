import { glyphOf, type FontFace } from './font-face'
import type { DocumentFont } from './fonts'

// Widths are the sum of each character's advance, which is exactly how page-content.ts draws text
// (no ligatures, no kerning). Advances sit in a table per font face indexed by character code,
// shared by every document, so measuring allocates nothing: a 30-page agreement measures every
// word several times over.
const advanceTables = new WeakMap<FontFace, Float64Array>()

function advanceTableOf(face: FontFace): Float64Array {
  let table = advanceTables.get(face)
  if (!table) {
    table = new Float64Array(0x10000).fill(Number.NaN)
    advanceTables.set(face, table)
  }
  return table
}

/** In ems, scaled as pdf-lib's widthOfTextAtSize(character, 1) does. */
function advanceOf(codePoint: number, face: FontFace): number {
  return glyphOf(face.font, codePoint).advanceWidth * face.scale * (1 / 1000)
}

/** Width in ems of text.slice(start, end), summed character by character from the left. */
function emsOf(text: string, start: number, end: number, face: FontFace): number {
  const table = advanceTableOf(face)
  let width = 0
  for (let index = start; index < end; index++) {
    const codePoint = text.codePointAt(index) ?? 0
    if (codePoint > 0xffff) {
      index++
      width += advanceOf(codePoint, face)
      continue
    }
    let advance = table[codePoint]
    if (Number.isNaN(advance)) {
      advance = advanceOf(codePoint, face)
      table[codePoint] = advance
    }
    width += advance
  }
  return width
}

/** Width in points. */
export function textWidth(text: string, font: DocumentFont, size: number): number {
  return emsOf(text, 0, text.length, font.face) * size
}

/** Breaks a word wider than the line (a SHA-256 hash, a long URL) at character boundaries, adding
 * each character's width once, so a word of any length is split in time proportional to it. */
function splitLongWord(word: string, font: DocumentFont, size: number, maxWidth: number): string[] {
  const pieces: string[] = []
  let pieceStart = 0
  let pieceWidth = 0
  for (let index = 0; index < word.length;) {
    const characterLength = (word.codePointAt(index) ?? 0) > 0xffff ? 2 : 1
    const characterWidth = emsOf(word, index, index + characterLength, font.face) * size
    if (index > pieceStart && pieceWidth + characterWidth > maxWidth) {
      pieces.push(word.slice(pieceStart, index))
      pieceStart = index
      pieceWidth = 0
    }
    pieceWidth += characterWidth
    index += characterLength
  }
  if (pieceStart < word.length) pieces.push(word.slice(pieceStart))
  return pieces
}

/** Runs of white space (as /\s/ matches them) become one space, and none leads or trails. */
const collapseWhiteSpace = (text: string) => (/[^\S ]| {2}|^ | $/.test(text) ? text.replace(/\s+/g, ' ').trim() : text)

/** Greedy line breaking by measured widths; collapses runs of white space. Each line is a slice of
 * the collapsed text, from the start of its first word to the end of its last. */
export function wrapText(text: string, font: DocumentFont, size: number, maxWidth: number): string[] {
  const words = collapseWhiteSpace(text)
  const spaceWidth = textWidth(' ', font, size)
  const lines: string[] = []
  let lineStart = -1
  let lineEnd = 0
  let lineWidth = 0
  for (let wordStart = 0; wordStart < words.length;) {
    const space = words.indexOf(' ', wordStart)
    const wordEnd = space === -1 ? words.length : space
    const wordWidth = emsOf(words, wordStart, wordEnd, font.face) * size
    if (wordWidth > maxWidth) {
      if (lineStart >= 0) lines.push(words.slice(lineStart, lineEnd))
      const pieces = splitLongWord(words.slice(wordStart, wordEnd), font, size, maxWidth)
      const lastPiece = pieces.pop() ?? ''
      // One push per piece: spreading a long word's pieces as arguments overflows the stack.
      for (const piece of pieces) lines.push(piece)
      lineStart = wordEnd - lastPiece.length
      lineWidth = textWidth(lastPiece, font, size)
    } else {
      if (lineStart >= 0 && lineWidth + spaceWidth + wordWidth > maxWidth) {
        lines.push(words.slice(lineStart, lineEnd))
        lineStart = -1
        lineWidth = 0
      }
      lineWidth += (lineStart >= 0 ? spaceWidth : 0) + wordWidth
      if (lineStart < 0) lineStart = wordStart
    }
    lineEnd = wordEnd
    wordStart = wordEnd + 1
  }
  return lineStart >= 0 || lines.length === 0 ? [...lines, words.slice(Math.max(lineStart, 0), lineEnd)] : lines
}
