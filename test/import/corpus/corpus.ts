// The import corpus: the five seed agreements as DOCX and PDF files (built by build-corpus.ts),
// each with the hand-written expectations of what the importer must recognise in it.
import path from 'node:path'

export const CORPUS_DIR = path.resolve(import.meta.dirname, 'files')
export const SEEDS_DIR = process.env.SEEDS_DIR ?? '/work/shared/seeds'

export interface CorpusEntry {
  key: string
  seed: string
  title: string
  /** Whether the document's headings use Word's heading styles or bold body text. */
  headingStyles: boolean
}

export const CORPUS: CorpusEntry[] = [
  { key: 'kent-pru-sla', seed: '000_9e94030ee88c521a.txt', title: 'Kent County Council - PRU Service Level Agreement', headingStyles: false },
  { key: 'southend-ap-pathways', seed: '001_18fa46273fdb80c5.txt', title: 'Alternative Education Provision Pathways - Service Specification', headingStyles: true },
  { key: 'leicestershire-seip', seed: '002_71e0e52862d6f15f.txt', title: 'Leicestershire SEIP Partnership Agreement', headingStyles: true },
  { key: 'kent-stls', seed: '003_56a367c559473f67.txt', title: 'Kent STLS Service Level Agreement', headingStyles: true },
  { key: 'nottingham-devolved-funding', seed: '004_f462c038aac61f98.txt', title: 'Nottingham City Council - Devolution of Funding Agreement', headingStyles: false },
]

export function corpusFile(key: string, format: 'docx' | 'pdf'): string {
  return path.join(CORPUS_DIR, `${key}.${format}`)
}
