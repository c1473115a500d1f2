// Compliance dashboard benchmark: 200 agreements in force, 10,000 obligation instances and 20,000
// evidence records for one authority; the commissioner dashboard (/compliance as the Kent
// commissioner) and the provider "due" page (/compliance as the PRU provider, who owes them all)
// under 20 concurrent connections with autocannon, each its own signed-in session, after a warm-up
// at the same load (a server that has been running a while has its hot paths compiled by V8's
// optimiser; the first thousand requests do not). Target: p95 under 150 ms. Server RSS and CPU
// time per request are reported.
//
// Three ways, each on the production build: with the page cache (decision record 005) and nothing
// changing; with the page cache while a provider uploads a piece of evidence through the app every
// second (each upload makes every kept page stale); and on a second server with the page cache
// off, so that every request is rendered.
// Run: npm run bench:dashboard
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import mongoose from 'mongoose'
import { londonDateAndTime, plusDays } from '#clauses/calendar/dates'
import { startEmbeddedServer } from '#db/server'
import { withDatabase } from '#db/uri'
import { Agreement } from '#models/agreement'
import { Evidence } from '#models/evidence'
import { Obligation, ObligationGeneration } from '#models/obligation'
import { Organisation } from '#models/organisation'
import { freePort } from '#test/support/app'
import { ensureBuilt, SERVER_COMMAND } from '#test/support/build'
import { pdfBytes } from '#test/compliance/support/demo-data'
import { signedIn, uploadEvidence, type TestClient } from '#test/support/client'
import { processTree, treeRssKb, waitFor } from './support/processes'
import { attendanceReport } from './support/attendance-report'

const AGREEMENTS = 200
const OBLIGATIONS_PER_AGREEMENT = 50
const EVIDENCE_PER_OBLIGATION = 2
const CONNECTIONS = 20
const DURATION_SECONDS = 10
const UPLOAD_EVERY_MS = 1000
const TODAY = londonDateAndTime(new Date()).date

type TAppServer = { name: string; baseUrl: string; process: ChildProcess }
type TResult = Awaited<ReturnType<typeof measure>>

const root = path.resolve(import.meta.dirname, '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dashboard-'))
const database = await startEmbeddedServer({ dbPath: path.join(dir, 'db'), port: 0 })
const uri = withDatabase(database.uri, 'bench_dashboard')

await ensureBuilt()
// One after the other: the first seeds the demo data, the second finds it there.
const cached = await startAppServer('page cache on', 60)
const rendered = await startAppServer('page cache off', 0)

await mongoose.connect(uri)
await populate()

const results: TResult[] = []
const alone: string[] = []
for (const server of [cached, rendered]) {
  // Each of the 20 connections is its own signed-in session, as 20 people would be: each has its
  // own kept copy of the page, and each upload makes all of them stale.
  const commissioners = await sessions(server, 'commissioner@kent.example')
  const providers = await sessions(server, 'provider@nwk-aps.example')
  const [commissioner, provider] = [commissioners[0], providers[0]]
  // Generates the seeded demo agreements' own obligations and the bench agreements' summaries.
  for (const client of [commissioner, provider]) await client.get('/compliance')
  // One request at a time first: what a single page costs, before requests queue behind each other.
  alone.push(`commissioner dashboard (${server.name}), one request at a time: median ${(await oneAtATime(commissioner)).toFixed(1)} ms`)
  alone.push(`provider "due" page (${server.name}), one request at a time: median ${(await oneAtATime(provider)).toFixed(1)} ms`)
  for (const clients of [commissioners, providers]) await measure('warm-up', server, clients)
  results.push(await measure(`commissioner dashboard (${server.name})`, server, commissioners))
  results.push(await measure(`provider "due" page (${server.name})`, server, providers))
  if (server !== cached) continue
  const uploader = await signedIn(server.baseUrl, 'provider@nwk-aps.example')
  const pending = await Obligation.find({ agreementReference: /^BENCH-/, state: 'pending' }).select({ _id: 1 }).limit(100).lean()
  const queue = pending.map((obligation) => String(obligation._id))
  for (const [name, clients] of [['commissioner dashboard', commissioners], ['provider "due" page', providers]] as const) {
    results.push(await whileUploading(`${name} (page cache on, evidence uploaded every second)`, server, clients, uploader, queue))
  }
}
const rssMb = [cached, rendered].map((server) => treeRssKb(server.process.pid ?? 0) / 1024)

console.log(`data: ${AGREEMENTS} agreements, ${await Obligation.countDocuments()} obligation instances, ${await Evidence.countDocuments()} evidence records; ${CONNECTIONS} connections, each its own signed-in session`)
for (const line of alone) console.log(line)
for (const result of results) {
  console.log(
    `${result.name}: ${result.requests} requests in ${DURATION_SECONDS} s at ${CONNECTIONS} concurrent, ${result.errors} errors/non-200; ` +
      `p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(1)} ms (target p95 < 150 ms)` +
      (result.uploads ? `; ${result.uploads} uploads made meanwhile` : ''),
  )
  console.log(`  CPU per request: app server ${result.serverCpuMs.toFixed(1)} ms, this process (the database and autocannon) ${result.benchCpuMs.toFixed(1)} ms`)
}
console.log(`server RSS after the runs (server process and its children): page cache on ${rssMb[0].toFixed(0)} MB, off ${rssMb[1].toFixed(0)} MB`)
console.log(`machine: ${os.availableParallelism()} CPUs, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`)

await mongoose.disconnect()
for (const server of [cached, rendered]) {
  server.process.kill('SIGTERM')
  await new Promise((resolve) => server.process.once('exit', resolve))
}
await database.close()
fs.rmSync(dir, { recursive: true, force: true })

async function startAppServer(name: string, pageCacheSeconds: number): Promise<TAppServer> {
  const port = await freePort()
  const child = spawn(SERVER_COMMAND.command, SERVER_COMMAND.args, {
    cwd: root,
    // Production mode, as a council would run it (React's development build is several times slower);
    // the bench's client sends the Secure session cookie over plain HTTP on localhost.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SESSION_SECRET: 'bench-session-secret',
      // A production start insists on its address and a seal (decision record 009); the bench seals with the demo one.
      APP_ORIGIN: `http://localhost:${port}`,
      SEAL_DEMO: '1',
      PORT: String(port),
      DATA_DIR: path.join(dir, `app-${port}`),
      MONGODB_URI: uri,
      PAGE_CACHE_SECONDS: String(pageCacheSeconds),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await waitFor(() => output.includes('listening on http://'), 120_000, () => output)
  return { name, baseUrl: `http://localhost:${port}`, process: child }
}

/** The measurement, while the uploader sends evidence for the next pending obligation every second. */
async function whileUploading(name: string, server: TAppServer, clients: TestClient[], uploader: TestClient, queue: string[]) {
  const bytes = await pdfBytes('Attendance report')
  let measuring = true
  let uploads = 0
  const uploading = (async () => {
    while (measuring) {
      const started = Date.now()
      const obligationId = queue.shift()
      if (!obligationId) throw new Error('No pending obligation left to upload evidence for')
      const response = await uploadEvidence(uploader, obligationId, 'attendance.pdf', bytes, 'Attendance report')
      if (response.status !== 302) throw new Error(`Upload refused (${response.status}): ${response.text.slice(0, 300)}`)
      uploads += 1
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, UPLOAD_EVERY_MS - (Date.now() - started))))
    }
  })()
  const result = await measure(name, server, clients)
  measuring = false
  await uploading
  return { ...result, uploads }
}

/** Agreements in force for Kent with the PRU as provider, each with 50 instances (a fifth overdue,
 * a fifth due within 30 days) and two evidence records per instance. Generation markers are
 * written so the dashboard does not regenerate them from clauses. */
async function populate() {
  const authority = await Organisation.findOne({ name: 'Kent County Council' }).lean()
  const pru = await Organisation.findOne({ name: /North West Kent Alternative Provision/ }).lean()
  const template = await Agreement.findOne({ reference: 'KCC-PRU-2025-001' }).lean()
  if (!authority || !pru || !template) throw new Error('The demo data did not seed')
  const agreementIds: mongoose.Types.ObjectId[] = []
  const agreements = Array.from({ length: AGREEMENTS }, (_, index) => {
    const _id = new mongoose.Types.ObjectId()
    agreementIds.push(_id)
    const { _id: _templateId, ...rest } = template
    return { ...rest, _id, originalAgreement: _id, reference: `BENCH-${String(index + 1).padStart(3, '0')}`, title: `Bench agreement ${index + 1}`, history: [], variations: [] }
  })
  await Agreement.insertMany(agreements, { lean: true })
  await ObligationGeneration.insertMany(agreementIds.map((id) => ({ series: id, agreement: id, generatedAt: new Date() })))
  const states = ['pending', 'submitted', 'accepted', 'returned', 'resubmitted'] as const
  const obligations = agreementIds.flatMap((agreement, agreementIndex) =>
    Array.from({ length: OBLIGATIONS_PER_AGREEMENT }, (_, index) => {
      const dueOn = plusDays(TODAY, (index - 10) * 7 + (agreementIndex % 7))
      return {
        _id: new mongoose.Types.ObjectId(),
        ...attendanceReport({
          agreement: { _id: agreement, reference: `BENCH-${String(agreementIndex + 1).padStart(3, '0')}`, title: `Bench agreement ${agreementIndex + 1}` },
          authorityId: authority._id,
          providerId: pru._id,
          obligationKey: `bench/${index % 5}`,
          period: index,
          periodLabel: `Period ${index}`,
          dueOn,
          state: states[index % states.length],
        }),
        submittedAt: null,
        reviews: [],
      }
    }),
  )
  for (let start = 0; start < obligations.length; start += 1000) await Obligation.insertMany(obligations.slice(start, start + 1000), { lean: true })
  const evidence = obligations.flatMap((obligation) =>
    Array.from({ length: EVIDENCE_PER_OBLIGATION }, (_, index) => ({
      obligation: obligation._id,
      series: obligation.series,
      authority: authority._id,
      organisation: pru._id,
      storeKey: `sha256/${'0'.repeat(64)}`,
      filename: `evidence-${index}.pdf`,
      size: 1024,
      sha256: '0'.repeat(64),
      contentType: 'application/pdf',
      description: 'Bench evidence',
      uploadedBy: new mongoose.Types.ObjectId(),
      uploadedByName: 'Bench',
      uploadedAt: new Date(),
    })),
  )
  for (let start = 0; start < evidence.length; start += 2000) await Evidence.insertMany(evidence.slice(start, start + 2000), { lean: true })
}

/** Median time of 30 requests made one after another. */
async function oneAtATime(client: TestClient) {
  const timings: number[] = []
  for (let request = 0; request < 30; request += 1) {
    const started = performance.now()
    await client.get('/compliance')
    timings.push(performance.now() - started)
  }
  return timings.sort((a, b) => a - b)[15]
}

/** Signs in once per connection. */
async function sessions(server: TAppServer, email: string) {
  const clients: TestClient[] = []
  for (let connection = 0; connection < CONNECTIONS; connection += 1) clients.push(await signedIn(server.baseUrl, email))
  return clients
}

/** 20 connections, each sending its own session's cookie, for DURATION_SECONDS. */
async function measure(name: string, server: TAppServer, clients: TestClient[]) {
  const cookieHeaders = clients.map((client) => client.cookieHeader)
  let connections = 0
  const latencies: number[] = []
  let errors = 0
  const serverCpuBefore = treeCpuMs(server.process.pid ?? 0)
  const benchCpuBefore = process.cpuUsage()
  const result = await autocannon({
    url: `${server.baseUrl}/compliance`,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    setupClient(autocannonClient) {
      autocannonClient.setHeaders({ cookie: cookieHeaders[connections++ % cookieHeaders.length] })
      autocannonClient.on('response', (statusCode: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime)
        if (statusCode !== 200) errors++
      })
    },
  })
  const benchCpu = process.cpuUsage(benchCpuBefore)
  const serverCpuMs = (treeCpuMs(server.process.pid ?? 0) - serverCpuBefore) / result.requests.total
  const benchCpuMs = (benchCpu.user + benchCpu.system) / 1000 / result.requests.total
  latencies.sort((a, b) => a - b)
  const at = (fraction: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? 0
  return { name, requests: result.requests.total, errors: errors + result.errors + result.non2xx, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: latencies.at(-1) ?? 0, serverCpuMs, benchCpuMs, uploads: 0 }
}

/** CPU time (user + system) used so far by a process and its descendants, from /proc. */
function treeCpuMs(pid: number): number {
  const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim())
  return processTree(pid).reduce((sum, [child]) => {
    const fields = fs.readFileSync(`/proc/${child}/stat`, 'utf8').split(') ')[1].split(' ')
    return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond
  }, 0)
}

