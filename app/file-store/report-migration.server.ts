import { type TMigrationResult } from './migrate-gridfs-files.server'

/** One line for what moved, one per record that could not be moved (it stays in GridFS, still served). */
export function reportMigration({ moved, bytes, problems }: TMigrationResult) {
  if (moved > 0) console.log(`File store: moved ${moved} files (${bytes} bytes) from GridFS into the file store`)
  for (const problem of problems) console.error(`File store migration: ${problem}`)
}
