// Reads a text PDF (one printed or saved from Word, not a scan) into paragraphs and tables with
// pdfjs-dist, which gives every run of text with its position. A PDF has no paragraphs, only
// positioned text, so they are rebuilt here: lines from shared baselines, paragraphs from the
// gaps between lines and from clause labels at a line's start, tables from text in columns, and
// the running header and footer ("Page 3 of 12") dropped because they repeat on every page.
// pdfjs-dist 5.6 is the last line that supports Node 20 (5.7 and 6 need Node 22).
import { ImportRefusal, normaliseSpace, type ProgressReporter, type SourceBlock, type SourceDocument } from './source-document'
import { joinCellLines, layoutPage, looksTabular, measureDocument, pageBlocks, rulesFromOperators, type PageLayout, type PositionedText, type Rule } from './pdf-layout'

/** A council's longest agreements run to about 100 pages; far beyond that is not an agreement. */
export const MAX_PDF_PAGES = 1000

export interface ReadPdfOptions {
  onProgress?: ProgressReporter
}

/** The document's paragraphs and tables in reading order. */
export async function readPdf(bytes: Uint8Array, { onProgress }: ReadPdfOptions = {}): Promise<SourceDocument> {
  const pdfjs = await loadPdfjs()
  // pdfjs takes ownership of the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
  let document: Awaited<typeof task.promise>
  try {
    document = await task.promise
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (name === 'PasswordException') throw new ImportRefusal('encrypted', 'The PDF is protected by a password; save an unprotected copy and upload that')
    throw new ImportRefusal('unreadable', `The PDF could not be read (${error instanceof Error ? error.message : 'unknown error'}); save it as a PDF again and upload that`)
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new ImportRefusal('too_many_pages', `The PDF has ${document.numPages} pages; an agreement of more than ${MAX_PDF_PAGES} pages cannot be imported`)
    }
    const pages: PageLayout[] = []
    const rules = new Map<number, Rule[]>()
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number)
      const [, , , top] = page.view
      const content = await page.getTextContent()
      const texts: PositionedText[] = []
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue
        const [, , c, d, x, y] = item.transform as number[]
        texts.push({ text: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height })
      }
      const layout = layoutPage(number, top, texts)
      // Only a page with text in columns has its drawing read, for the borders of its tables.
      if (looksTabular(layout)) {
        const operators = await page.getOperatorList()
        rules.set(number, rulesFromOperators(operators.fnArray, operators.argsArray as unknown[], pdfjs.OPS))
      }
      pages.push(layout)
      page.cleanup()
      onProgress?.('reading', number / document.numPages)
    }
    const metrics = measureDocument(pages)
    for (const page of pages) page.blocks = pageBlocks(page, metrics, rules.get(page.number) ?? [])
    return toSourceDocument(pages)
  } finally {
    await document.destroy()
  }
}

let pdfjsModule: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined

/** pdfjs runs its parser in the same thread in Node; registering the worker module first keeps it
 * from importing it by a relative path a bundler may have moved. */
function loadPdfjs() {
  pdfjsModule ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return pdfjsModule
}

/** Loads pdfjs ahead of the first PDF import, which otherwise waits for it (seconds on a busy machine). */
export async function preloadPdfReader(): Promise<void> {
  await loadPdfjs()
}

function toSourceDocument(pages: PageLayout[]): SourceDocument {
  const textPages = pages.filter((page) => page.lines.length > 0)
  if (textPages.length === 0) {
    throw new ImportRefusal('scanned', 'The PDF has no text layer: it looks like a scan or a picture of the agreement. Upload the original Word document, or a PDF saved from it, or run the scan through text recognition (OCR) first')
  }
  if (textPages.length < pages.length / 2) {
    throw new ImportRefusal('scanned', `Only ${textPages.length} of the PDF's ${pages.length} pages have text; the rest look scanned. Upload the original Word document, or a PDF saved from it`)
  }
  const warnings: string[] = []
  const blank = pages.filter((page) => page.lines.length === 0).map((page) => page.number)
  if (blank.length > 0) warnings.push(`No text was found on page${blank.length > 1 ? 's' : ''} ${blank.join(', ')}; check nothing on ${blank.length > 1 ? 'them' : 'it'} is missing`)
  const blocks = assembleBlocks(pages, repeatedLines(pages))
  const vocabulary = new Set(blocks.flatMap((block) => (block.type === 'paragraph' ? block.text.toLowerCase().match(/[a-z]+/g) ?? [] : [])))
  for (const block of blocks) {
    if (block.type === 'table') block.rows = block.rows.map((row) => row.map((cell) => joinCellLines(cell, vocabulary)))
  }
  return { format: 'pdf', blocks, pageCount: pages.length, warnings }
}

/** Header and footer lines: the same words (page numbers aside) at the top or bottom of most pages. */
function repeatedLines(pages: PageLayout[]): Set<string> {
  const counts = new Map<string, number>()
  for (const page of pages) {
    const seen = new Set(page.lines.filter((line) => line.inMargin).map((line) => marginKey(line.text)))
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.5))
  return new Set([...counts].filter(([, count]) => count >= threshold || pages.length === 1).map(([key]) => key))
}

/** A cell's words before and after a page break, kept as lines so a word broken by it can be joined. */
function joinCell(before: string, after: string): string {
  if (!before) return after
  return after ? `${before}\n${after}` : before
}

function continuesRow(row: string[]): boolean {
  const filled = row.filter((cell) => cell.trim())
  return filled.length > 0 && filled.every((cell) => /^[a-z(,;:.]/.test(cell.trim()))
}

function marginKey(text: string): string {
  return normaliseSpace(text).replace(/\d+/g, '#').toLowerCase()
}

const PAGE_NUMBER = /^(?:page\s+)?#(?:\s+(?:of|\/)\s+#)?$/

function assembleBlocks(pages: PageLayout[], repeated: Set<string>): SourceBlock[] {
  const blocks: SourceBlock[] = []
  let tableRanOn = false
  for (const page of pages) {
    for (const block of page.blocks) {
      if (block.type === 'paragraph' && block.inMargin) {
        const key = marginKey(block.text)
        if (repeated.has(key) || PAGE_NUMBER.test(key)) continue
      }
      const previous = blocks[blocks.length - 1]
      if (block.type === 'paragraph' && previous?.type === 'paragraph' && block.continuesPrevious && !previous.headingLevel) {
        previous.text = normaliseSpace(`${previous.text} ${block.text}`)
        continue
      }
      if (block.type === 'table' && previous?.type === 'table' && block.rows[0]?.join('\t') === previous.rows[0]?.join('\t')) {
        // A table that runs over the page repeats its header row; the rows join the table above,
        // and a row the page break cut in two (its cells go on in lower case) is put back together.
        const [first, ...rest] = block.rows.slice(1)
        const last = previous.rows[previous.rows.length - 1]
        if (first && last && (tableRanOn || continuesRow(first))) first.forEach((cell, index) => (last[index] = joinCell(last[index] ?? '', cell)))
        else if (first) previous.rows.push(first)
        previous.rows.push(...rest)
        tableRanOn = Boolean(block.reachesPageEnd)
        continue
      }
      tableRanOn = block.type === 'table' && Boolean(block.reachesPageEnd)
      const id = `b${blocks.length + 1}`
      if (block.type === 'table') blocks.push({ type: 'table', id, rows: block.rows, page: page.number })
      else {
        blocks.push({
          type: 'paragraph',
          id,
          text: block.text,
          page: page.number,
          ...(block.headingLevel ? { headingLevel: block.headingLevel } : {}),
          ...(block.indent ? { indent: block.indent } : {}),
        })
      }
    }
  }
  return blocks
}
