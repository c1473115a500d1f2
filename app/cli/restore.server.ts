import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import mongoose from 'mongoose'
import { restoreBackup } from '#app/backup/restore-backup.server'
import { connectDatabase, disconnectDatabase } from '#app/utils/db.server'
import { getEnv } from '#app/utils/env.server'

// `npm run restore -- --from FILE [--force]`: into an empty DATA_DIR (or an empty MONGODB_URI
// database); --force replaces what is there. Every file's SHA-256 is checked as it is restored.
const { values } = parseArgs({ options: { from: { type: 'string' }, force: { type: 'boolean', default: false } } })
if (!values.from) {
  console.error('Usage: npm run restore -- --from <file.tar.gz> [--force]')
  process.exit(2)
}
if (!existsSync(values.from)) {
  console.error(`No backup at ${values.from}`)
  process.exit(2)
}

const env = getEnv()
const refuse = (message: string) => {
  console.error(message)
  process.exit(1)
}

/** The app (or anything else) serving this DATA_DIR's database right now. */
function runningServerPid() {
  try {
    const { pid } = JSON.parse(readFileSync(path.join(env.DATA_DIR, 'embedded-server.json'), 'utf8')) as { pid: number }
    process.kill(pid, 0)
    return pid
  } catch {
    return undefined
  }
}

if (!env.MONGODB_URI) {
  const pid = runningServerPid()
  if (pid) refuse(`The app (process ${pid}) is running on ${env.DATA_DIR}; stop it before restoring into it`)
  const present = existsSync(env.DATA_DIR) ? readdirSync(env.DATA_DIR) : []
  if (present.length > 0 && !values.force) refuse(`${env.DATA_DIR} is not empty (it holds ${present.join(', ')}); restore into an empty DATA_DIR, or add --force to replace its database`)
}

await connectDatabase()
try {
  const db = mongoose.connection.db!
  const collections = await db.listCollections({}, { nameOnly: true }).toArray()
  if (env.MONGODB_URI && collections.length > 0 && !values.force) refuse(`The database ${db.databaseName} is not empty; restore into an empty one, or add --force to replace it`)
  // Empty, or to be replaced: whatever connecting made (mongoose's indexes) goes too.
  await db.dropDatabase()
  const summary = await restoreBackup({ from: values.from, dataDir: env.DATA_DIR, progress: (line) => console.log(line) })
  console.log(`Restored the backup of ${summary.createdAt} in ${summary.seconds.toFixed(1)} s`)
  console.log(`  documents: ${summary.documents} in ${Object.keys(summary.collections).length} collections`)
  console.log(`  files:     ${summary.files} (${(summary.fileBytes / 1024 / 1024).toFixed(1)} MB), every SHA-256 checked`)
} finally {
  await disconnectDatabase()
}
