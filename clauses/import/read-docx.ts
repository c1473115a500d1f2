// Reads a Word (.docx) agreement into paragraphs and tables with mammoth, which understands
// Word's document structure (styles, numbering, tables, fields, tracked insertions) so this file
// does not parse OOXML itself. Only mammoth's document tree is used; its HTML is thrown away, and
// images are never read (a picture of a page is counted, so a scanned Word file is refused).
import mammoth from 'mammoth'
import { ImportRefusal, normaliseSpace, type SourceBlock, type SourceDocument, type SourceParagraph } from './source-document'

// mammoth's document tree, as far as this reader uses it (lib/documents.js).
interface MammothElement {
  type: string
  children?: MammothElement[]
  value?: string
  styleName?: string | null
  numbering?: { isOrdered: boolean; level: string | number } | null
  indent?: { start?: string | null }
  isBold?: boolean
  isStrikethrough?: boolean
}

/** The document's paragraphs and tables in reading order. */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  let tree: MammothElement | undefined
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: (document: MammothElement) => {
          tree = document
          return document
        },
      },
    )
  } catch (error) {
    throw new ImportRefusal('unreadable', `The Word file could not be read (${error instanceof Error ? error.message : 'unknown error'}); open it in Word, save it as .docx again and upload that`)
  }
  const reader = new DocxBlocks()
  for (const element of tree?.children ?? []) reader.add(element)
  if (reader.blocks.length === 0) {
    if (reader.images > 0) throw new ImportRefusal('scanned', 'The Word file holds only pictures of pages, no text to read; upload the original document, or a PDF with a text layer')
    throw new ImportRefusal('empty', 'The Word file has no text')
  }
  return { format: 'docx', blocks: reader.blocks, warnings: [] }
}

class DocxBlocks {
  blocks: SourceBlock[] = []
  images = 0
  // Word's automatic numbering: mammoth gives each numbered paragraph its list level, not the
  // printed number, so the numbers are counted here the way a multi-level clause list prints
  // them (1., 1.1, 1.1.1).
  private counters: number[] = []

  add(element: MammothElement) {
    if (element.type === 'paragraph') this.addParagraph(element)
    else if (element.type === 'table') this.addTable(element)
    else for (const child of element.children ?? []) this.add(child)
  }

  private nextId() {
    return `b${this.blocks.length + 1}`
  }

  private addParagraph(element: MammothElement) {
    const { text, bold } = this.paragraphText(element)
    if (!text) return
    const paragraph: SourceParagraph = { type: 'paragraph', id: this.nextId(), text }
    const heading = /^heading\s*(\d)/i.exec(element.styleName ?? '') ?? (/^title$/i.test(element.styleName ?? '') ? ['', '1'] : null)
    if (heading) paragraph.headingLevel = Number(heading[1])
    if (bold) paragraph.bold = true
    const label = this.listLabel(element.numbering)
    if (label) paragraph.listLabel = label
    const indent = Number(element.indent?.start ?? 0)
    if (indent > 0) paragraph.indent = Math.round(indent / 20)
    this.blocks.push(paragraph)
  }

  private addTable(table: MammothElement) {
    const rows = (table.children ?? [])
      .filter((row) => row.type === 'tableRow')
      .map((row) => (row.children ?? []).filter((cell) => cell.type === 'tableCell').map((cell) => this.cellText(cell)))
      .filter((row) => row.some(Boolean))
    if (rows.length === 0) return
    const width = Math.max(...rows.map((row) => row.length))
    this.blocks.push({ type: 'table', id: this.nextId(), rows: rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]) })
  }

  private cellText(cell: MammothElement): string {
    const parts: string[] = []
    const walk = (element: MammothElement) => {
      if (element.type === 'paragraph') parts.push(this.paragraphText(element).text)
      else for (const child of element.children ?? []) walk(child)
    }
    walk(cell)
    return normaliseSpace(parts.filter(Boolean).join(' '))
  }

  /** The paragraph's words; struck-through runs are wording the parties deleted, so they are left out. */
  private paragraphText(paragraph: MammothElement): { text: string; bold: boolean } {
    let text = ''
    let boldChars = 0
    let allChars = 0
    const walk = (element: MammothElement, bold: boolean) => {
      if (element.type === 'run' && element.isStrikethrough) return
      if (element.type === 'image') this.images += 1
      if (element.type === 'text') {
        const value = element.value ?? ''
        text += value
        allChars += value.trim().length
        if (bold) boldChars += value.trim().length
      }
      if (element.type === 'tab' || element.type === 'break') text += ' '
      for (const child of element.children ?? []) walk(child, element.type === 'run' ? Boolean(element.isBold) : bold)
    }
    walk(paragraph, false)
    return { text: normaliseSpace(text), bold: allChars > 0 && boldChars === allChars }
  }

  private listLabel(numbering: MammothElement['numbering']): string | undefined {
    if (!numbering) return undefined
    if (!numbering.isOrdered) return '•'
    const level = Math.min(Number(numbering.level) || 0, 8)
    this.counters = this.counters.slice(0, level + 1)
    while (this.counters.length < level + 1) this.counters.push(0)
    this.counters[level] += 1
    const numbers = this.counters.map((count) => Math.max(count, 1))
    return level === 0 ? `${numbers[0]}.` : numbers.join('.')
  }
}
