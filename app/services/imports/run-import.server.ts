import type { Types } from 'mongoose'
import { importDocument } from '#clauses/import/import-document'
import { ImportRefusal, type ImportStage } from '#clauses/import/source-document'
import { AgreementImport } from '#models/agreement-import'
import { readImportFile } from './import-file.server'

/** What an import may hold once read: MongoDB keeps a document to 16 MB. */
const MAX_STORED_CHARACTERS = 12 * 1024 * 1024
/** How often progress is written while reading: often enough for the bar, not a write per page. */
const PROGRESS_EVERY_MS = 300

export type TRunImportOptions = {
  importId: Types.ObjectId | string
  /** The file's bytes when the caller still has them; otherwise they are read from the store. */
  bytes?: Uint8Array
}

/**
 * Reads the uploaded file and keeps what was read (paragraphs, sections and clauses, parties and
 * proposals, each pending a decision), writing progress as it goes. A file that cannot be imported
 * (a scan, a password, a damaged file) ends as failed with the reason in words; nothing else is
 * ever written. Safe to run again on an import whose reading stalled.
 */
export async function runImport({ importId, bytes }: TRunImportOptions) {
  const agreementImport = await AgreementImport.findOne({ _id: importId, status: 'reading' }).lean()
  if (!agreementImport) return
  let lastWrite = 0
  const onProgress = (stage: ImportStage, share: number) => {
    const now = Date.now()
    if (now - lastWrite < PROGRESS_EVERY_MS && share < 1) return
    lastWrite = now
    void AgreementImport.updateOne({ _id: importId, status: 'reading' }, { $set: { progress: { stage, share, at: new Date() } } }).catch(() => undefined)
  }
  try {
    const imported = await importDocument(bytes ?? (await readImportFile(agreementImport.file)), agreementImport.file.kind, onProgress)
    const { source, structure, parties, proposals } = imported
    const stored = { source: { format: source.format, blocks: source.blocks, pageCount: source.pageCount, warnings: source.warnings }, structure, parties }
    if (JSON.stringify(stored).length + JSON.stringify(proposals).length > MAX_STORED_CHARACTERS) {
      throw new ImportRefusal('too_many_pages', 'The document is too long to import as one agreement; split it (for example, each schedule on its own) and import each part')
    }
    await AgreementImport.updateOne(
      { _id: importId, status: 'reading' },
      {
        $set: {
          ...stored,
          title: structure.title,
          proposals: proposals.map((proposal) => ({ ...proposal, decision: 'pending' })),
          status: 'ready',
          progress: { stage: 'recognising', share: 1, at: new Date() },
        },
      },
    )
  } catch (error) {
    const failure = error instanceof ImportRefusal ? { reason: error.reason, message: error.message } : { reason: 'unreadable', message: 'The file could not be read; save it again as .docx or PDF and upload that' }
    if (!(error instanceof ImportRefusal)) console.error(error)
    await AgreementImport.updateOne({ _id: importId, status: 'reading' }, { $set: { status: 'failed', failure, progress: { stage: 'reading', share: 1, at: new Date() } } })
  }
}
