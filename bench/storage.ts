// File store benchmark (issue 16): 1 GB of evidence (500 files of 2 MB) uploaded through the API
// with 8 in flight, into the app as `npm start` runs it (embedded database, disk file store).
// Printed: throughput; the app's RSS before and after (target: grows by less than 150 MB); restart
// time with that data (median of three; target < 3 s); the longest stall of a small API request while the database
// compacts during the uploads (target < 200 ms; a compaction is forced every few seconds with the
// embedded server's `compact` command); backup and restore times for it (target < 60 s each).
// Run: npm run bench:storage
import { spawn, execFile, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { MongoClient } from 'mongodb'
import { freePort } from '#test/support/app'
import { ensureBuilt, SERVER_COMMAND } from '#test/support/build'
import { treeRssKb, waitFor } from './support/processes'

const FILES = 500
const FILE_BYTES = 2 * 1024 * 1024
const IN_FLIGHT = 8
const PROBE_EVERY_MS = 25
const COMPACT_EVERY_MS = 4000
const RESTARTS = 3

const root = path.resolve(import.meta.dirname, '..')
const run = promisify(execFile)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-storage-'))
const dataDir = path.join(dir, 'data')
const megabytes = (bytes: number) => bytes / 1024 / 1024

await ensureBuilt()
// A production start insists on its address and a seal (decision record 009); the bench seals with the demo one.
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', SESSION_SECRET: 'bench-storage-session-secret', DATA_DIR: dataDir, APP_ORIGIN: 'http://localhost', SEAL_DEMO: '1' }
delete env.MONGODB_URI
// The demo data first, by the command a council would use, then the app as `npm start` runs it.
await run(path.join(root, 'node_modules/.bin/tsx'), ['app/cli/seed.server.ts'], { cwd: root, env })
let app = await startApp()
const token = (await run(path.join(root, 'node_modules/.bin/tsx'), ['app/cli/token.server.ts', '--email', 'provider@meadowbank.example'], { cwd: root, env })).stdout.trim()
const obligations = await uploadableObligations()
if (obligations.length < IN_FLIGHT) throw new Error(`Only ${obligations.length} obligations take uploads; ${IN_FLIGHT} are needed`)
// One upload each first: later ones add to a submission, so uploads in flight never race to submit one.
for (const obligationId of obligations) await upload(obligationId, uniquePdf(64 * 1024))
const rssBefore = megabytes(treeRssKb(app.process.pid ?? 0) * 1024)

const database = await new MongoClient(JSON.parse(fs.readFileSync(path.join(dataDir, 'embedded-server.json'), 'utf8')).uri as string).connect()
const probes: Array<{ at: number; ms: number }> = []
const compactions: Array<{ from: number; to: number }> = []
let uploading = true
const probing = (async () => {
  while (uploading) {
    const started = performance.now()
    const response = await fetch(new URL('/api/v1/me', app.baseUrl), { headers: { Authorization: `Bearer ${token}` } })
    await response.arrayBuffer()
    probes.push({ at: started, ms: performance.now() - started })
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS))
  }
})()
const compacting = (async () => {
  while (uploading) {
    await new Promise((resolve) => setTimeout(resolve, COMPACT_EVERY_MS))
    const from = performance.now()
    await database.db().command({ compact: 'evidences' })
    compactions.push({ from, to: performance.now() })
  }
})()

const latencies: number[] = []
const started = performance.now()
let next = 0
await Promise.all(
  Array.from({ length: IN_FLIGHT }, async () => {
    while (next < FILES) {
      const index = next++
      const sent = performance.now()
      await upload(obligations[index % obligations.length], uniquePdf(FILE_BYTES))
      latencies.push(performance.now() - sent)
    }
  }),
)
const uploadSeconds = (performance.now() - started) / 1000
uploading = false
await Promise.all([probing, compacting])
await database.close()
const rssAfter = megabytes(treeRssKb(app.process.pid ?? 0) * 1024)

const backupFile = path.join(dir, 'backup.tar.gz')
const backupStarted = performance.now()
await run(path.join(root, 'node_modules/.bin/tsx'), ['app/cli/backup.server.ts', '--out', backupFile], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 })
const backupSeconds = (performance.now() - backupStarted) / 1000

await stopApp(app)
// Three restarts, the median reported: one start on a shared machine can be slowed by anything.
const restarts: Array<{ seconds: number; databaseOpenSeconds: number }> = []
for (let attempt = 0; attempt < RESTARTS; attempt++) {
  const restartStarted = performance.now()
  app = await startApp()
  restarts.push({ seconds: (performance.now() - restartStarted) / 1000, databaseOpenSeconds: ((app.databaseOpenAt ?? restartStarted) - restartStarted) / 1000 })
  await stopApp(app)
}
const medianRestart = [...restarts].sort((a, b) => a.seconds - b.seconds)[Math.floor(RESTARTS / 2)]

const restoreStarted = performance.now()
await run(path.join(root, 'node_modules/.bin/tsx'), ['app/cli/restore.server.ts', '--from', backupFile], { cwd: root, env: { ...env, DATA_DIR: path.join(dir, 'restored') }, maxBuffer: 64 * 1024 * 1024 })
const restoreSeconds = (performance.now() - restoreStarted) / 1000

const sorted = [...latencies].sort((a, b) => a - b)
const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))]
const duringCompaction = probes.filter((probe) => compactions.some(({ from, to }) => probe.at + probe.ms >= from && probe.at <= to))
const longest = (list: Array<{ ms: number }>) => Math.max(0, ...list.map((probe) => probe.ms))
console.log(`uploaded ${FILES} files of ${megabytes(FILE_BYTES)} MB (${megabytes(FILES * FILE_BYTES).toFixed(0)} MB) through POST /api/v1/obligations/:id/evidence, ${IN_FLIGHT} in flight, in ${uploadSeconds.toFixed(1)} s: ${(megabytes(FILES * FILE_BYTES) / uploadSeconds).toFixed(1)} MB/s, ${(FILES / uploadSeconds).toFixed(1)} files/s`)
console.log(`  upload latency p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`)
console.log(`app RSS (server and its children): ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after: grew ${(rssAfter - rssBefore).toFixed(0)} MB (target < 150 MB)`)
console.log(`GET /api/v1/me every ${PROBE_EVERY_MS} ms during the uploads: ${probes.length} requests, longest ${longest(probes).toFixed(0)} ms; ${compactions.length} compactions forced (each ${compactions.map(({ from, to }) => (to - from).toFixed(0)).join(', ')} ms), longest request overlapping one ${longest(duringCompaction).toFixed(0)} ms (target < 200 ms)`)
console.log(`restart with the data (spawn of node build/server.js to listening), median of ${RESTARTS}: ${medianRestart.seconds.toFixed(2)} s (target < 3 s), of which spawn to the database open: ${medianRestart.databaseOpenSeconds.toFixed(2)} s; each: ${restarts.map((restart) => `${restart.seconds.toFixed(2)} s`).join(', ')}`)
console.log(`backup: ${backupSeconds.toFixed(1)} s, ${megabytes(fs.statSync(backupFile).size).toFixed(0)} MB archive (target < 60 s); restore into an empty DATA_DIR: ${restoreSeconds.toFixed(1)} s (target < 60 s)`)
console.log(`machine: ${os.availableParallelism()} CPUs, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`)
fs.rmSync(dir, { recursive: true, force: true })

/** A PDF of about `size` bytes, unique (random), as a scanned report would be: incompressible. */
function uniquePdf(size: number) {
  const head = Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Length ${size} >>\nstream\n`)
  const tail = Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')
  return Buffer.concat([head, randomBytes(size), tail])
}

async function upload(obligationId: string, bytes: Buffer) {
  const form = new FormData()
  form.set('note', 'Benchmark evidence')
  form.set('file', new Blob([new Uint8Array(bytes)]), 'scanned report.pdf')
  const response = await fetch(new URL(`/api/v1/obligations/${obligationId}/evidence`, app.baseUrl), { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}` } })
  const text = await response.text()
  if (response.status !== 201) throw new Error(`Upload answered ${response.status}: ${text}`)
}

/** The school's own obligations (an empty upload is refused for its body, 400, not its permission, 403). */
async function uploadableObligations() {
  const get = async (url: string) => (await fetch(new URL(url, app.baseUrl), { headers: { Authorization: `Bearer ${token}` } })).json()
  const agreements = (await get('/api/v1/agreements')) as Array<{ id: string }>
  const ids: string[] = []
  for (const agreement of agreements) {
    const { obligations: list } = (await get(`/api/v1/agreements/${agreement.id}/obligations`)) as { obligations: Array<{ id: string; state: string }> }
    for (const obligation of list.filter((candidate) => candidate.state === 'pending')) {
      const probe = await fetch(new URL(`/api/v1/obligations/${obligation.id}/evidence`, app.baseUrl), { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
      if (probe.status === 400) ids.push(obligation.id)
      if (ids.length === 2 * IN_FLIGHT) return ids
    }
  }
  return ids
}

async function startApp(): Promise<{ baseUrl: string; process: ChildProcess; databaseOpenAt?: number }> {
  const port = await freePort()
  const child = spawn(SERVER_COMMAND.command, SERVER_COMMAND.args, { cwd: root, env: { ...env, PORT: String(port), APP_ORIGIN: `http://localhost:${port}` }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  let databaseOpenAt: number | undefined
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    // server.ts logs the database once it is open, before the GridFS check and the daily jobs.
    if (databaseOpenAt === undefined && output.includes('Embedded database for')) databaseOpenAt = performance.now()
  })
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await waitFor(() => output.includes('listening on http://'), 120_000, () => output)
  return { baseUrl: `http://localhost:${port}`, process: child, databaseOpenAt }
}

async function stopApp(running: { process: ChildProcess }) {
  running.process.kill('SIGTERM')
  await new Promise((resolve) => running.process.once('exit', resolve))
}
