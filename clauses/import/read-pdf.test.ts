import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { readPdf } from './read-pdf'

/** An A4 PDF with the lines of each page at their positions; every page has a running header and a page number. */
async function pdfOf(pages: Array<Array<{ text: string; x?: number; size?: number }>>, options: { grid?: boolean } = {}) {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  pages.forEach((lines, index) => {
    const page = pdf.addPage([595, 842])
    page.drawText('Kent County Council SLA', { x: 72, y: 800, size: 8, font })
    page.drawText(`Page ${index + 1} of ${pages.length}`, { x: 270, y: 30, size: 8, font })
    let y = 740
    for (const line of lines) {
      page.drawText(line.text, { x: line.x ?? 72, y, size: line.size ?? 11, font })
      y -= line.size && line.size > 11 ? 26 : line.text ? 13 : 6
    }
  })
  if (options.grid) {
    const page = pdf.getPage(0)
    for (const x of [70, 250, 430]) page.drawLine({ start: { x, y: 300 }, end: { x, y: 240 }, thickness: 0.5, color: rgb(0, 0, 0) })
    for (const y of [300, 270, 240]) page.drawLine({ start: { x: 70, y }, end: { x: 430, y }, thickness: 0.5, color: rgb(0, 0, 0) })
    page.drawText('Indicator', { x: 75, y: 280, size: 9, font })
    page.drawText('Target', { x: 255, y: 280, size: 9, font })
    page.drawText('Attendance of pupils', { x: 75, y: 250, size: 9, font })
    page.drawText('95%', { x: 255, y: 250, size: 9, font })
  }
  return new Uint8Array(await pdf.save())
}

describe('reading a text PDF', () => {
  it('rebuilds paragraphs from lines, keeps clause labels, drops the running header and page numbers, and joins a paragraph across pages', async () => {
    const bytes = await pdfOf([
      [
        { text: '17. TERMINATION', size: 16 },
        { text: '17.1' },
        { text: 'Either party may serve notice on the other to terminate this', x: 100 },
        { text: 'Agreement by giving 12 months written notice.', x: 100 },
        { text: '' },
        { text: 'The parties will meet each term to review the operation of the' },
      ],
      [{ text: 'agreement and the outcomes achieved.' }],
    ])
    const document = await readPdf(bytes)
    expect(document.blocks.map((block) => (block.type === 'paragraph' ? block.text : block.rows))).toEqual([
      '17. TERMINATION',
      '17.1 Either party may serve notice on the other to terminate this Agreement by giving 12 months written notice.',
      'The parties will meet each term to review the operation of the agreement and the outcomes achieved.',
    ])
    expect(document.blocks[0]).toMatchObject({ headingLevel: 2, page: 1 })
    expect(document.pageCount).toBe(2)
  })

  it('reads a table from the ruling lines drawn round its cells', async () => {
    const document = await readPdf(await pdfOf([[{ text: 'Key performance indicators are reported termly.' }]], { grid: true }))
    expect(document.blocks.find((block) => block.type === 'table')).toMatchObject({ rows: [['Indicator', 'Target'], ['Attendance of pupils', '95%']] })
  })

  it('refuses a scan, naming why', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.9, 0.9, 0.9) })
    await expect(readPdf(new Uint8Array(await pdf.save()))).rejects.toMatchObject({ reason: 'scanned', message: expect.stringContaining('no text layer') })
  })

  it('refuses bytes that are not a PDF', async () => {
    await expect(readPdf(new TextEncoder().encode('%PDF-1.7\nnot really'))).rejects.toMatchObject({ reason: 'unreadable' })
  })
})
