import { type TMigrationResult } from './migrate-gridfs-files.server'

/** One line for what moved, and one per record that could not be moved (it stays in GridFS, and its file cannot be downloaded until it is put right). */
export function reportMigration({ moved, bytes, problems }: TMigrationResult) {
  if (moved > 0) console.log(`File store: moved ${moved} files (${bytes} bytes) from GridFS into the file store`)
  for (const problem of problems) console.error(`File store migration: ${problem}`)
}
