import {
  chmodSync,
  closeSync,
  existsSync,
  fdatasync,
  fdatasyncSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  truncateSync,
  writevSync,
} from 'node:fs'
import { open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Mutation } from './engine'
import { encodeRecord, payloadDocuments, readRecords, type EncodedRecord, type RecordScan } from './record-file'

/*
 * On-disk layout under dbPath (record format in record-file.ts):
 *   snapshot.bson        - the whole data set as of the start of journal generation N: a header record
 *                          { generation: N }, then size-bounded records of mutations (written to a temp
 *                          file, fsync'd, renamed)
 *   journal-<N>.log      - every change acknowledged since, one record per command or transaction,
 *                          appended and fdatasync'd before the reply
 * Everything here holds contracts, password hashes and personal details: files are 0600, the folder 0700.
 */
const SNAPSHOT = 'snapshot.bson'
const TEMPORARY_SNAPSHOT = `${SNAPSHOT}.tmp`
const OWNER_ONLY_FILE = 0o600
const OWNER_ONLY_FOLDER = 0o700
/** A compaction syncs the snapshot as it goes, so the disk never has to take hundreds of MB at once. */
const SNAPSHOT_SYNC_EVERY_BYTES = 64 * 1024 * 1024

const journalName = (generation: number) => `journal-${String(generation).padStart(8, '0')}.log`
const journalGeneration = (name: string) => {
  const match = /^journal-(\d+)\.log$/.exec(name)
  return match ? Number(match[1]) : undefined
}

const fdatasyncAsync = promisify(fdatasync)

interface Waiter {
  resolve(): void
  reject(error: unknown): void
}

export interface RecoveryReport {
  snapshotGeneration: number
  journalRecords: number
  droppedTailBytes: number
}

/** Called once to take the view a snapshot is written from: its mutations, produced lazily, or undefined to call it off. */
type SnapshotSource = () => Iterable<Mutation[]> | undefined

export class Journal {
  private generation = 0
  private fd = -1
  private pending: EncodedRecord[] = []
  private waiters: Waiter[] = []
  private flushQueued = false
  /** Appends and the start of a compaction run in this chain, so they never overlap; writing a snapshot does not. */
  private chain: Promise<void> = Promise.resolve()
  /** Journalled since the snapshot: what a restart replays, and what the next compaction folds away. */
  bytesSinceSnapshot = 0
  snapshotBytes = 0

  constructor(private readonly dir: string) {}

  /** Reads the snapshot and journals, calling `apply` for every mutation in order; then opens for append. */
  recover(apply: (mutation: Mutation) => void): RecoveryReport {
    mkdirSync(this.dir, { recursive: true, mode: OWNER_ONLY_FOLDER })
    // A folder written before 2026-12 had 0644 files in a 0755 folder.
    chmodSync(this.dir, OWNER_ONLY_FOLDER)
    for (const entry of readdirSync(this.dir, { withFileTypes: true })) {
      if (entry.isFile()) chmodSync(join(this.dir, entry.name), OWNER_ONLY_FILE)
    }
    // Left by a compaction that was cut short; the snapshot and journals beside it are whole.
    rmSync(join(this.dir, TEMPORARY_SNAPSHOT), { force: true })
    const snapshotGeneration = this.loadSnapshot(apply)
    const generations = readdirSync(this.dir)
      .map(journalGeneration)
      .filter((generation): generation is number => generation !== undefined)
      .sort((left, right) => left - right)
    let journalRecords = 0
    let droppedTailBytes = 0
    for (const generation of generations) {
      const path = join(this.dir, journalName(generation))
      if (generation < snapshotGeneration) {
        rmSync(path)
        continue
      }
      const scan: RecordScan = { validBytes: 0, totalBytes: 0 }
      for (const payload of readRecords(path, scan)) {
        for (const mutation of payloadDocuments(payload)) apply(mutation as Mutation)
        journalRecords += 1
      }
      this.bytesSinceSnapshot += scan.validBytes
      if (scan.validBytes < scan.totalBytes) {
        droppedTailBytes += scan.totalBytes - scan.validBytes
        truncateSync(path, scan.validBytes)
      }
    }
    this.openGeneration(Math.max(snapshotGeneration, generations.at(-1) ?? 0))
    return { snapshotGeneration, journalRecords, droppedTailBytes }
  }

  /** Applies the snapshot, if there is one, and answers its generation (0 without one). */
  private loadSnapshot(apply: (mutation: Mutation) => void): number {
    const path = join(this.dir, SNAPSHOT)
    if (!existsSync(path)) return 0
    const scan: RecordScan = { validBytes: 0, totalBytes: 0 }
    let generation: number | undefined
    for (const payload of readRecords(path, scan)) {
      for (const document of payloadDocuments(payload)) {
        if (generation === undefined) generation = Number(document.generation)
        else apply(document as Mutation)
      }
    }
    // A snapshot is renamed into place only once whole, so a bad one is damage, not a crash: stop.
    if (generation === undefined || scan.validBytes !== scan.totalBytes) {
      throw new Error(`snapshot ${path} is corrupt; refusing to start`)
    }
    this.snapshotBytes = scan.totalBytes
    return generation
  }

  private openGeneration(generation: number): void {
    const path = join(this.dir, journalName(generation))
    this.fd = openSync(path, 'a', OWNER_ONLY_FILE)
    this.generation = generation
    fsyncDirectory(this.dir)
  }

  /** Resolves once the mutations are on disk (fdatasync); concurrent appends share one sync. */
  append(mutations: Mutation[]): Promise<void> {
    if (mutations.length === 0) return Promise.resolve()
    this.pending.push(encodeRecord(mutations))
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
      const bytes = batch.reduce((total, record) => total + record.bytes, 0)
      // The write only copies into the page cache; the sync is what waits for the disk.
      const written = writevSync(this.fd, batch.flatMap((record) => record.buffers))
      if (written !== bytes) throw new Error(`journal write stopped after ${written} of ${bytes} bytes`)
      await fdatasyncAsync(this.fd)
      this.bytesSinceSnapshot += bytes
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
   * Writes the data set to a new snapshot while appends go on: `source` is called once every earlier
   * append is on disk and must take its view at once (Engine.view); from then on appends go to a new
   * journal generation, which a restart replays on top of the snapshot. The snapshot is then written
   * in size-bounded records, each write yielding to the event loop. If `source` answers undefined the
   * compaction is called off (false). A failure leaves the old snapshot and every journal in place.
   */
  async compact(source: SnapshotSource): Promise<boolean> {
    const temporary = join(this.dir, TEMPORARY_SNAPSHOT)
    // Opened before the journal moves on, so a snapshot that cannot even be created changes nothing.
    const file = await open(temporary, 'w', OWNER_ONLY_FILE)
    let closed = false
    try {
      const started = await this.startGeneration(source)
      if (started) await writeSnapshot(file, started.generation, started.batches)
      closed = true
      await file.close()
      if (!started) {
        await rm(temporary, { force: true })
        return false
      }
      const snapshotPath = join(this.dir, SNAPSHOT)
      await rename(temporary, snapshotPath)
      fsyncDirectory(this.dir)
      this.snapshotBytes = (await stat(snapshotPath)).size
      this.bytesSinceSnapshot -= started.foldedBytes
      await this.removeJournalsBefore(started.generation)
      return true
    } catch (error) {
      // The old snapshot and every journal since stay; a half-written snapshot would only fill the disk.
      if (!closed) await file.close().catch(() => undefined)
      await rm(temporary, { force: true }).catch(() => undefined)
      throw error
    }
  }

  /** In the append chain: flushes, lets `source` take its view, and moves appends to the next generation. */
  private startGeneration(source: SnapshotSource) {
    const step = this.chain.then(async () => {
      await this.flush()
      const batches = source()
      if (!batches) return undefined
      const foldedBytes = this.bytesSinceSnapshot
      const generation = this.generation + 1
      const previous = this.fd
      this.openGeneration(generation)
      closeSync(previous)
      return { generation, batches, foldedBytes }
    })
    this.chain = step.then(
      () => undefined,
      () => undefined
    )
    return step
  }

  private async removeJournalsBefore(generation: number): Promise<void> {
    for (const name of await readdir(this.dir)) {
      const older = journalGeneration(name)
      if (older !== undefined && older < generation) await rm(join(this.dir, name), { force: true })
    }
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

/** The header record, then each batch as one record; every write is awaited, so the server answers in between. */
async function writeSnapshot(file: FileHandle, generation: number, batches: Iterable<Mutation[]>): Promise<void> {
  let unsynced = 0
  const write = async (record: EncodedRecord) => {
    const { bytesWritten } = await file.writev(record.buffers)
    if (bytesWritten !== record.bytes) throw new Error(`snapshot write stopped after ${bytesWritten} of ${record.bytes} bytes`)
    unsynced += record.bytes
    if (unsynced < SNAPSHOT_SYNC_EVERY_BYTES) return
    await file.datasync()
    unsynced = 0
  }
  await write(encodeRecord([{ generation }]))
  for (const batch of batches) await write(encodeRecord(batch))
  await file.sync()
}

function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
