import { parseArgs } from 'node:util'
import { createBackup } from '#app/backup/create-backup.server'
import { connectDatabase, disconnectDatabase } from '#app/utils/db.server'
import { getEnv } from '#app/utils/env.server'

// `npm run backup -- --out FILE`: the database and the file store, consistent, compressed, while the
// app keeps running (decision record 007; the README says how often and what a restore restores).
const { values } = parseArgs({ options: { out: { type: 'string' } } })
if (!values.out) {
  console.error('Usage: npm run backup -- --out <file.tar.gz>')
  process.exit(2)
}

const env = getEnv()
await connectDatabase()
try {
  const summary = await createBackup({ out: values.out, dataDir: env.DATA_DIR, progress: (line) => console.log(line) })
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  console.log(`Backup written to ${summary.archive} in ${summary.seconds.toFixed(1)} s`)
  console.log(`  documents: ${summary.documents} in ${Object.keys(summary.collections).length} collections`)
  console.log(`  files:     ${summary.files} (${megabytes(summary.fileBytes)}), each SHA-256 checked`)
  console.log(`  archive:   ${megabytes(summary.archiveBytes)}, SHA-256 ${summary.archiveSha256}`)
} finally {
  await disconnectDatabase()
}
