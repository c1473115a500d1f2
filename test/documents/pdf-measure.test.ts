// Line breaking (templates/render/pdf-layout/measure.ts): lines are slices of the text with its
// white space collapsed, broken before the first word that would overflow the line.
import { PDFDocument } from 'pdf-lib'
import { documentFonts, type DocumentFont } from '#templates/render/pdf-layout/fonts'
import { textWidth, wrapText } from '#templates/render/pdf-layout/measure'

let serif: DocumentFont
beforeAll(async () => {
  serif = (await documentFonts(await PDFDocument.create())).serif
})

describe('wrapText', () => {
  it('collapses tabs, line breaks and runs of spaces to single spaces', () => {
    expect(wrapText('  one \t two\n\nthree  ', serif, 10, 1000)).toEqual(['one two three'])
  })

  it('gives one empty line for empty or blank text', () => {
    expect(wrapText('', serif, 10, 100)).toEqual([''])
    expect(wrapText(' \n\t ', serif, 10, 100)).toEqual([''])
  })

  it('keeps a line that fits exactly and moves the next word down', () => {
    const width = textWidth('notice period', serif, 10)
    expect(wrapText('notice period applies', serif, 10, width)).toEqual(['notice period', 'applies'])
    expect(wrapText('notice period applies', serif, 10, width - 0.01)).toEqual(['notice', 'period', 'applies'])
  })

  it('breaks a hash wider than the line at characters, and the next word follows its last piece', () => {
    const hash = 'a'.repeat(64)
    const lines = wrapText(`SHA-256: ${hash} end`, serif, 10, textWidth('a'.repeat(20), serif, 10))
    expect(lines).toEqual(['SHA-256:', 'a'.repeat(20), 'a'.repeat(20), 'a'.repeat(20), 'aaaa end'])
  })
})
