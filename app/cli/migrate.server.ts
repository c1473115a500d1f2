import { migrateGridFsFiles } from '#app/file-store/migrate-gridfs-files.server'
import { reportMigration } from '#app/file-store/report-migration.server'
import { connectDatabase, disconnectDatabase } from '#app/utils/db.server'

// `npm run migrate`: moves files still in GridFS into the file store (the app also does this on
// start); safe to run again, and while the app is running on the same DATA_DIR.
await connectDatabase()
try {
  const result = await migrateGridFsFiles()
  reportMigration(result)
  if (result.moved === 0 && result.problems.length === 0) console.log('File store: nothing left in GridFS to move')
  if (result.problems.length > 0) process.exitCode = 1
} finally {
  await disconnectDatabase()
}
