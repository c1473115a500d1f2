/**
 * Runs the embedded server in the foreground:
 *   npm run db -- --port 27017 --dbpath ./data/db [--host 127.0.0.1] [--compact-after-bytes 67108864]
 * Prints one line containing `ready` and the URI once it accepts connections; SIGTERM or SIGINT
 * flushes the journal, writes a snapshot and exits 0.
 */
import { parseArgs } from 'node:util'
import { startEmbeddedServer } from './server'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '27017' },
    dbpath: { type: 'string', default: process.env.DATA_DIR ? `${process.env.DATA_DIR}/db` : './data/db' },
    host: { type: 'string', default: '127.0.0.1' },
    'compact-after-bytes': { type: 'string' },
  },
})

const compactAfter = values['compact-after-bytes']
const server = await startEmbeddedServer({
  dbPath: values.dbpath,
  port: Number(values.port),
  host: values.host,
  compaction: compactAfter === undefined ? undefined : { compactAfterBytes: Number(compactAfter) },
})
console.log(`embedded MongoDB-compatible server ready at ${server.uri} (dbpath ${values.dbpath})`)

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  try {
    await server.close()
    console.log(`stopped on ${signal}`)
    process.exit(0)
  } catch (error) {
    console.error(error)
    process.exit(1)
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
