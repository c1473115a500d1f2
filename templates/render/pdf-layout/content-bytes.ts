import type { RGB } from 'pdf-lib'
import type { DocumentFont } from './fonts'

/** A number as a content stream writes it: at most three decimals. */
export const number = (value: number) => String(Math.round(value * 1000) / 1000)

const colours = new WeakMap<RGB, string>()

/** The theme's few colours are each formatted once. */
export function colour(color: RGB): string {
  let formatted = colours.get(color)
  if (formatted === undefined) {
    formatted = `${number(color.red)} ${number(color.green)} ${number(color.blue)}`
    colours.set(color, formatted)
  }
  return formatted
}

/** The graphics state the stream last set; an operator is written only when its value changes. */
export interface PenState {
  font?: DocumentFont
  size?: number
  fill?: RGB
  stroke?: RGB
  lineWidth?: number
}

/** One page's content stream as it is written: operators in ASCII, text as two-byte glyph numbers. */
export class ContentBytes {
  bytes = Buffer.allocUnsafe(16 * 1024)
  length = 0
  pen: PenState = {}

  #reserve(extra: number) {
    if (this.length + extra <= this.bytes.length) return
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + extra))
    this.bytes.copy(grown, 0, 0, this.length)
    this.bytes = grown
  }

  ascii(text: string) {
    this.#reserve(text.length)
    this.length += this.bytes.write(text, this.length, 'latin1')
  }

  /** Two bytes per character (Identity-H codes are two-byte glyph numbers) in a literal string:
   * half the bytes of hex digits, so half the deflating. */
  glyphs(font: DocumentFont, text: string) {
    this.#reserve(text.length * 4)
    for (let index = 0; index < text.length; index++) {
      const codePoint = text.codePointAt(index) ?? 0
      if (codePoint > 0xffff) index++
      const glyphNumber = font.glyphNumber(codePoint)
      this.#stringByte(glyphNumber >> 8)
      this.#stringByte(glyphNumber & 0xff)
    }
  }

  /** A byte inside a literal string: parentheses and backslash escaped, and a carriage return,
   * which a reader would otherwise take for a line feed. */
  #stringByte(byte: number) {
    if (byte === 0x0d) {
      this.bytes[this.length++] = 0x5c
      this.bytes[this.length++] = 0x72
      return
    }
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) this.bytes[this.length++] = 0x5c
    this.bytes[this.length++] = byte
  }

  /** Tf and rg for text, where they differ from the pen's; fontKey names the font in the page's resources. */
  fontAndFill(font: DocumentFont, fontKey: string, size: number, fill: RGB): string {
    const { pen } = this
    const setFont = pen.font === font && pen.size === size ? '' : `${fontKey} ${number(size)} Tf `
    const setFill = pen.fill === fill ? '' : `${colour(fill)} rg `
    Object.assign(pen, { font, size, fill })
    return setFont + setFill
  }

  fill(color: RGB): string {
    if (this.pen.fill === color) return ''
    this.pen.fill = color
    return `${colour(color)} rg `
  }

  stroke(lineWidth: number, color: RGB): string {
    const setWidth = this.pen.lineWidth === lineWidth ? '' : `${number(lineWidth)} w `
    const setColour = this.pen.stroke === color ? '' : `${colour(color)} RG `
    Object.assign(this.pen, { lineWidth, stroke: color })
    return setWidth + setColour
  }
}
