import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { readDocx } from './read-docx'
import { ImportRefusal } from './source-document'

async function docxOf(children: Array<Paragraph | Table>) {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'clauses',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children }],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

describe('reading a Word document', () => {
  it('keeps headings, automatic clause numbers, tables and the words, leaving out struck-through wording', async () => {
    const bytes = await docxOf([
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'TERMINATION' }),
      new Paragraph({ numbering: { reference: 'clauses', level: 0 }, text: 'Duration' }),
      new Paragraph({ numbering: { reference: 'clauses', level: 1 }, text: 'This Agreement commences on 1 April 2024.' }),
      new Paragraph({ numbering: { reference: 'clauses', level: 1 }, children: [new TextRun('Either party may give '), new TextRun({ text: 'three', strike: true }), new TextRun(' six months’ notice.')] }),
      new Paragraph({ children: [new TextRun({ text: 'Schedule 1', bold: true })] }),
      new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Indicator')] }), new TableCell({ children: [new Paragraph('Target')] })] }), new TableRow({ children: [new TableCell({ children: [new Paragraph('Attendance')] }), new TableCell({ children: [new Paragraph('95%')] })] })] }),
    ])
    const document = await readDocx(bytes)
    expect(document.blocks).toEqual([
      { type: 'paragraph', id: 'b1', text: 'TERMINATION', headingLevel: 1 },
      { type: 'paragraph', id: 'b2', text: 'Duration', listLabel: '1.' },
      { type: 'paragraph', id: 'b3', text: 'This Agreement commences on 1 April 2024.', listLabel: '1.1' },
      { type: 'paragraph', id: 'b4', text: 'Either party may give six months’ notice.', listLabel: '1.2' },
      { type: 'paragraph', id: 'b5', text: 'Schedule 1', bold: true },
      { type: 'table', id: 'b6', rows: [['Indicator', 'Target'], ['Attendance', '95%']] },
    ])
  })

  it('refuses a Word file that holds only a picture of the agreement, and one that is not a Word file', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64')
    const scanned = await docxOf([new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 100, height: 140 } })] })])
    await expect(readDocx(scanned)).rejects.toMatchObject({ reason: 'scanned' })
    await expect(readDocx(new TextEncoder().encode('not a zip at all'))).rejects.toBeInstanceOf(ImportRefusal)
  })
})
