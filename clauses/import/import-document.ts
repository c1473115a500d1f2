// The import engine from bytes to proposals: read the Word or PDF file, find its sections and
// clauses, and propose typed clauses for the terms the rules recognise. Pure (no database, no
// network, no model): the same bytes always give the same result.
import { readDocx } from './read-docx'
import { readPdf } from './read-pdf'
import { recogniseTerms, type RecognisedTerms } from './recognise-terms'
import type { ProgressReporter, SourceDocument } from './source-document'
import { structureDocument, type ImportedStructure } from './structure'

export interface ImportedDocument extends RecognisedTerms {
  source: SourceDocument
  structure: ImportedStructure
}

export async function importDocument(bytes: Uint8Array, format: 'docx' | 'pdf', onProgress?: ProgressReporter): Promise<ImportedDocument> {
  onProgress?.('reading', 0)
  const source = format === 'pdf' ? await readPdf(bytes, { onProgress }) : await readDocx(bytes)
  onProgress?.('reading', 1)
  onProgress?.('structuring', 0)
  const structure = structureDocument(source)
  onProgress?.('structuring', 1)
  return { source, structure, ...recogniseTerms(structure, onProgress) }
}
