/**
 * Embedded database benchmark (issue 2): `npm run bench:db`.
 * Prints 10,000 single-document inserts, indexed equality find p50/p95 in a 100,000-document
 * collection, restart time with 100,000 documents, and RSS. Targets: < 3 s, < 1 ms, < 3 s.
 */
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { MongoClient } from 'mongodb'
import { startEmbeddedServer } from '../db/server'

const INSERTS = 10_000
const COLLECTION_SIZE = 100_000
const LOOKUPS = 2_000
const CONCURRENCY = 32

const percentile = (sorted: number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]
const ms = (value: number) => `${value.toFixed(3)} ms`
const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`

/** The disk's own floor for one acknowledged write: append 200 bytes and fdatasync, as the journal does. */
function fdatasyncLatency(dir: string): number {
  const fd = openSync(join(dir, 'sync-probe'), 'a')
  const timings: number[] = []
  for (let sync = 0; sync < 200; sync += 1) {
    const started = performance.now()
    writeSync(fd, Buffer.alloc(200))
    fdatasyncSync(fd)
    timings.push(performance.now() - started)
  }
  closeSync(fd)
  return percentile(
    timings.sort((left, right) => left - right),
    0.5
  )
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'embedded-bench-'))
  const dbPath = join(dir, 'db')
  try {
    const syncFloor = fdatasyncLatency(dir)
    let server = await startEmbeddedServer({ dbPath, port: 0 })
    let client = await new MongoClient(`${server.uri}/bench`).connect()
    const receipts = client.db().collection('receipts')
    await receipts.insertOne({ warmUp: true })

    let started = performance.now()
    let cpuBefore = process.cpuUsage()
    for (let n = 0; n < INSERTS; n += 1) await receipts.insertOne({ n, ref: `R-${n}`, servedAt: new Date() })
    const insertSeconds = (performance.now() - started) / 1000
    const insertCpuSeconds = cpuSeconds(process.cpuUsage(cpuBefore))

    // The same inserts from concurrent requests (as a web app's users make them): group commit
    // lets one fdatasync acknowledge every insert that arrived while the previous one ran.
    started = performance.now()
    cpuBefore = process.cpuUsage()
    let next = 0
    const worker = async () => {
      while (next < INSERTS) {
        const n = next++
        await receipts.insertOne({ n, ref: `C-${n}`, servedAt: new Date() })
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    const concurrentSeconds = (performance.now() - started) / 1000
    const concurrentCpuSeconds = cpuSeconds(process.cpuUsage(cpuBefore))

    const agreements = client.db().collection('agreements')
    await agreements.createIndex({ reference: 1 }, { unique: true })
    for (let batch = 0; batch < COLLECTION_SIZE; batch += 1000) {
      await agreements.insertMany(
        Array.from({ length: 1000 }, (_, offset) => ({
          reference: `SLA-${batch + offset}`,
          provider: `provider-${(batch + offset) % 50}`,
          noticePeriod: 20,
          signedAt: new Date(),
        }))
      )
    }
    const timings: number[] = []
    for (let lookup = 0; lookup < LOOKUPS; lookup += 1) {
      const reference = `SLA-${Math.floor(Math.random() * COLLECTION_SIZE)}`
      started = performance.now()
      await agreements.findOne({ reference })
      timings.push(performance.now() - started)
    }
    timings.sort((left, right) => left - right)
    const rssLoaded = process.memoryUsage().rss

    await client.close()
    started = performance.now()
    await server.close()
    const closeSeconds = (performance.now() - started) / 1000

    started = performance.now()
    cpuBefore = process.cpuUsage()
    server = await startEmbeddedServer({ dbPath, port: 0 })
    client = await new MongoClient(`${server.uri}/bench`).connect()
    const count = await client.db().collection('agreements').countDocuments()
    const restartSeconds = (performance.now() - started) / 1000
    const restartCpuSeconds = cpuSeconds(process.cpuUsage(cpuBefore))
    await client.close()
    await server.close()

    console.log(
      `machine: load average ${loadavg()[0].toFixed(1)}; one 200-byte append + fdatasync takes ${ms(syncFloor)} (p50)`
    )
    const insertLine = (label: string, seconds: number, cpu: number) =>
      `inserts, ${label}: ${INSERTS} single-document inserts in ${seconds.toFixed(2)} s wall, ${cpu.toFixed(
        2
      )} s CPU (target < 3 s)`
    console.log(insertLine('one at a time, each waiting for its own fdatasync', insertSeconds, insertCpuSeconds))
    console.log(insertLine(`${CONCURRENCY} in flight, sharing fdatasyncs`, concurrentSeconds, concurrentCpuSeconds))
    console.log(
      `indexed find in ${COLLECTION_SIZE} docs: p50 ${ms(percentile(timings, 0.5))}, p95 ${ms(
        percentile(timings, 0.95)
      )} (target p50 < 1 ms)`
    )
    console.log(
      `restart with ${count} docs: ${restartSeconds.toFixed(2)} s wall, ${restartCpuSeconds.toFixed(2)} s CPU ` +
        `to first answer (target < 3 s); clean shutdown with snapshot ${closeSeconds.toFixed(2)} s`
    )
    console.log(
      `RSS with ${COLLECTION_SIZE + 2 * INSERTS} docs loaded (server and client in one process): ${mb(rssLoaded)}`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
