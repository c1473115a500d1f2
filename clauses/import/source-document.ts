// A Word or PDF agreement as the importer reads it: the document's own paragraphs and tables in
// reading order, before any structure is inferred. Every later step (sections and clauses, term
// proposals, the import screen's left-hand side) points back into these blocks by id, so a
// proposal can always show the exact sentence it came from.

export interface SourceParagraph {
  type: 'paragraph'
  /** "b12": stable within one import. */
  id: string
  text: string
  /** A Word heading style ("Heading 1" -> 1), or a line a PDF prints larger and bold. */
  headingLevel?: number
  /** The whole paragraph is bold: documents that type their headings in bold body text. */
  bold?: boolean
  /** The number or bullet Word's automatic numbering puts in front ("3.1", "(a)", "•"); the text
   * does not contain it. */
  listLabel?: string
  /** Left indent in points (PDF) or from the paragraph's indentation (DOCX), for sub-paragraphs. */
  indent?: number
  /** The page it starts on, in a PDF. */
  page?: number
}

export interface SourceTable {
  type: 'table'
  id: string
  rows: string[][]
  page?: number
}

export type SourceBlock = SourceParagraph | SourceTable

export interface SourceDocument {
  format: 'docx' | 'pdf'
  blocks: SourceBlock[]
  pageCount?: number
  /** What the reader noticed that a person should know ("pages 4 and 5 have no text"). */
  warnings: string[]
}

/** Progress of a long step, as a share from 0 to 1, for the import screen's progress bar. */
export type ProgressReporter = (stage: ImportStage, share: number) => void

export type ImportStage = 'reading' | 'structuring' | 'recognising'

/** Why a file cannot be imported, in words the uploader can act on. */
export class ImportRefusal extends Error {
  constructor(
    readonly reason: 'scanned' | 'encrypted' | 'unreadable' | 'empty' | 'too_many_pages',
    message: string,
  ) {
    super(message)
    this.name = 'ImportRefusal'
  }
}

/** The text of a block, a table's cells joined by tabs and rows by new lines. */
export function blockText(block: SourceBlock): string {
  return block.type === 'paragraph' ? block.text : block.rows.map((row) => row.join('\t')).join('\n')
}

/** Spaces, non-breaking spaces and soft hyphens as one plain space, so matching is about words. */
export function normaliseSpace(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0\u2000-\u200b]+/g, ' ')
    .trim()
}
