import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { fdatasync } from 'node:fs'
import { promisify } from 'node:util'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { BSON, type Document } from 'bson'
import type { Mutation } from './engine'
import { deserializeOptions } from './wire'

/*
 * On-disk layout under dbPath:
 *   snapshot.bson        - the whole data set as of journal generation N (written to a temp file, fsync'd, renamed)
 *   journal-<N>.log      - every change acknowledged since that snapshot, appended and fdatasync'd before the reply
 * Each record is [u32 payload length][u32 CRC-32 of payload][payload: BSON { m: Mutation[] }], so a torn or
 * corrupted last record (kill -9 mid-write) is detected on start and dropped whole, never half-applied.
 */
const HEADER_BYTES = 8
const SNAPSHOT = 'snapshot.bson'
const journalName = (generation: number) => `journal-${String(generation).padStart(8, '0')}.log`

const fdatasyncAsync = promisify(fdatasync)
const bsonOptions: BSON.SerializeOptions = { checkKeys: false, ignoreUndefined: true }

export function encodeRecord(payload: Document): Buffer {
  const body = BSON.serialize(payload, bsonOptions)
  const header = Buffer.alloc(HEADER_BYTES)
  header.writeUInt32LE(body.length, 0)
  header.writeUInt32LE(crc32(body), 4)
  return Buffer.concat([header, body])
}

interface ReadResult {
  records: Document[]
  /** Bytes of whole, valid records; anything after is a torn tail. */
  validBytes: number
  totalBytes: number
}

function readRecords(path: string): ReadResult {
  const bytes = readFileSync(path)
  const records: Document[] = []
  let offset = 0
  while (offset + HEADER_BYTES <= bytes.length) {
    const length = bytes.readUInt32LE(offset)
    const checksum = bytes.readUInt32LE(offset + 4)
    const end = offset + HEADER_BYTES + length
    if (end > bytes.length) break
    const body = bytes.subarray(offset + HEADER_BYTES, end)
    if (crc32(body) !== checksum) break
    records.push(BSON.deserialize(body, deserializeOptions))
    offset = end
  }
  return { records, validBytes: offset, totalBytes: bytes.length }
}

interface Waiter {
  resolve(): void
  reject(error: unknown): void
}

export interface RecoveryReport {
  snapshotGeneration: number
  journalRecords: number
  droppedTailBytes: number
}

export class Journal {
  private generation = 0
  private fd = -1
  private pending: Buffer[] = []
  private waiters: Waiter[] = []
  private flushQueued = false
  /** Every disk operation runs in this chain, so flushes and compactions never overlap. */
  private chain: Promise<void> = Promise.resolve()
  journalBytes = 0

  constructor(private readonly dir: string) {}

  /** Reads the snapshot and journals, calling `apply` for every mutation in order; then opens for append. */
  recover(apply: (mutation: Mutation) => void): RecoveryReport {
    mkdirSync(this.dir, { recursive: true })
    const snapshotPath = join(this.dir, SNAPSHOT)
    let snapshotGeneration = 0
    if (existsSync(snapshotPath)) {
      const snapshot = readRecords(snapshotPath)
      if (snapshot.validBytes !== snapshot.totalBytes || snapshot.records.length === 0) {
        throw new Error(`snapshot ${snapshotPath} is corrupt; refusing to start`)
      }
      const [header, ...body] = snapshot.records
      snapshotGeneration = Number(header.generation)
      for (const record of body) for (const mutation of record.m as Mutation[]) apply(mutation)
    }
    const generations = readdirSync(this.dir)
      .map((name) => /^journal-(\d+)\.log$/.exec(name))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => Number(match[1]))
      .sort((left, right) => left - right)
    let journalRecords = 0
    let droppedTailBytes = 0
    for (const generation of generations) {
      const path = join(this.dir, journalName(generation))
      if (generation < snapshotGeneration) {
        unlinkSync(path)
        continue
      }
      const journal = readRecords(path)
      for (const record of journal.records) for (const mutation of record.m as Mutation[]) apply(mutation)
      journalRecords += journal.records.length
      if (journal.validBytes < journal.totalBytes) {
        droppedTailBytes += journal.totalBytes - journal.validBytes
        truncateSync(path, journal.validBytes)
      }
    }
    this.generation = Math.max(snapshotGeneration, generations.at(-1) ?? 0)
    this.openGeneration(this.generation)
    return { snapshotGeneration, journalRecords, droppedTailBytes }
  }

  private openGeneration(generation: number): void {
    const path = join(this.dir, journalName(generation))
    this.fd = openSync(path, 'a')
    this.journalBytes = statSync(path).size
    this.generation = generation
    fsyncDirectory(this.dir)
  }

  /** Resolves once the mutations are on disk (fdatasync); concurrent appends share one sync. */
  append(mutations: Mutation[]): Promise<void> {
    if (mutations.length === 0) return Promise.resolve()
    const record = encodeRecord({ m: mutations })
    this.pending.push(record)
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }))
    if (!this.flushQueued) {
      this.flushQueued = true
      this.chain = this.chain.then(() => this.flush())
    }
    return done
  }

  private async flush(): Promise<void> {
    this.flushQueued = false
    const batch = this.pending
    const waiters = this.waiters
    this.pending = []
    this.waiters = []
    if (batch.length === 0) return
    try {
      const bytes = batch.length === 1 ? batch[0] : Buffer.concat(batch)
      // The write only copies into the page cache; the sync is what waits for the disk.
      writeSync(this.fd, bytes)
      await fdatasyncAsync(this.fd)
      this.journalBytes += bytes.length
      for (const waiter of waiters) waiter.resolve()
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error)
    }
  }

  /** Waits for every append so far to be on disk. */
  sync(): Promise<void> {
    this.chain = this.chain.then(() => this.flush())
    return this.chain
  }

  /**
   * Writes the whole data set to a new snapshot and starts a new, empty journal generation.
   * `mutations` is read synchronously, so the snapshot is exactly the state after every journalled write;
   * it returns undefined to call the compaction off.
   */
  compact(mutations: () => Iterable<Mutation[]> | undefined): Promise<void> {
    const compaction = this.chain.then(async () => {
      await this.flush()
      const state = mutations()
      if (!state) return
      const nextGeneration = this.generation + 1
      const records = [encodeRecord({ generation: nextGeneration })]
      for (const batch of state) records.push(encodeRecord({ m: batch }))
      const previousFd = this.fd
      this.openGeneration(nextGeneration)
      closeSync(previousFd)
      const temporary = join(this.dir, `${SNAPSHOT}.tmp`)
      const fd = openSync(temporary, 'w')
      for (const record of records) writeSync(fd, record)
      fsyncSync(fd)
      closeSync(fd)
      renameSync(temporary, join(this.dir, SNAPSHOT))
      fsyncDirectory(this.dir)
      for (let generation = nextGeneration - 1; generation >= 0; generation -= 1) {
        const path = join(this.dir, journalName(generation))
        if (existsSync(path)) unlinkSync(path)
      }
    })
    // A failed compaction leaves the old snapshot and journals in place; later appends must still run.
    this.chain = compaction.catch(() => undefined)
    return compaction
  }

  async close(): Promise<void> {
    await this.sync()
    if (this.fd >= 0) {
      fdatasyncSync(this.fd)
      closeSync(this.fd)
      this.fd = -1
    }
  }
}

function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
