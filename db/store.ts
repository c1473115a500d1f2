import { type Document } from 'bson'
import { claimDirectoryIdentity, type DirectoryIdentity } from './directory-identity'
import { Collection, Engine, WriteContext } from './engine'
import { Journal, type RecoveryReport } from './journal'
import { pathValues } from './keys'
import { snapshotBatches } from './snapshot'

/** Journal size that triggers compaction into a snapshot, unless the server is told otherwise. */
export const COMPACT_AFTER_BYTES = 64 * 1024 * 1024
/** After a failed compaction the next waits this long, doubling with each failure up to the cap. */
const FIRST_RETRY_MS = 10_000
const MAX_RETRY_MS = 15 * 60_000
// MongoDB's TTL monitor also runs once a minute.
const TTL_SWEEP_MS = 60_000
// MongoDB's transactionLifetimeLimitSeconds: a transaction its client abandoned would otherwise hold
// compaction off for ever (a snapshot is never taken while one is open).
const TRANSACTION_LIFETIME_MS = 60_000

export interface Transaction {
  txnNumber: string
  context: WriteContext
  state: 'active' | 'committed' | 'aborted'
  startedAt: number
}

export interface CompactionOptions {
  /** Compact once the journal passes this many bytes (default 64 MB) and half the size of the last snapshot. */
  compactAfterBytes?: number
  /** Wait after a first failed compaction (default 10 s); it doubles with each further failure. */
  firstRetryMs?: number
  /** The longest wait between failed compactions (default 15 minutes). */
  maxRetryMs?: number
}

/** The engine plus its durability: every acknowledged change is in the journal before the reply. */
export class DataStore {
  readonly engine = new Engine()
  readonly transactions = new Map<string, Transaction>()
  readonly recovery: RecoveryReport
  /** Which data directory this is; the server reports it so a copy's clients never mistake it for their own. */
  readonly directory: DirectoryIdentity
  private readonly journal: Journal
  private readonly compactAfterBytes: number
  private readonly firstRetryMs: number
  private readonly maxRetryMs: number
  private compacting: Promise<void> | undefined
  private failedCompactions = 0
  private nextCompactionAt = 0
  private closing = false
  private readonly ttlTimer: NodeJS.Timeout

  constructor(private readonly dbPath: string, options: CompactionOptions = {}) {
    this.compactAfterBytes = options.compactAfterBytes ?? COMPACT_AFTER_BYTES
    this.firstRetryMs = options.firstRetryMs ?? FIRST_RETRY_MS
    this.maxRetryMs = options.maxRetryMs ?? MAX_RETRY_MS
    this.journal = new Journal(dbPath)
    this.recovery = this.journal.recover((mutation) => this.engine.apply(mutation))
    this.directory = claimDirectoryIdentity(dbPath)
    if (this.recovery.droppedTailBytes > 0) {
      console.warn(
        `embedded database: dropped ${this.recovery.droppedTailBytes} bytes of a torn journal record in ${dbPath} ` +
          '(a write cut short by a crash)'
      )
    }
    this.ttlTimer = setInterval(() => this.sweep().catch(reportSweepFailure), TTL_SWEEP_MS)
    this.ttlTimer.unref()
  }

  /** Makes the context's changes durable; resolves once they are fdatasync'd. */
  async persist(context: WriteContext): Promise<void> {
    await this.journal.append(context.mutations)
    if (this.compactionDue()) this.compact().catch(() => undefined)
  }

  /**
   * Compaction once the journal has grown past the minimum and past half the last snapshot: however
   * large the data, rewriting it costs at most twice the writes since, and a restart replays at most
   * half as much again as it loads (Redis rewrites its append-only file on a rule of this kind);
   * never while a failed one is backing off.
   */
  private compactionDue(): boolean {
    if (this.compacting || Date.now() < this.nextCompactionAt) return false
    return this.journal.bytesSinceSnapshot > Math.max(this.compactAfterBytes, this.journal.snapshotBytes / 2)
  }

  /**
   * Writes a snapshot and starts a new journal generation. The server keeps answering meanwhile. Put
   * off (resolving without a snapshot) while a transaction is open: a snapshot would hold writes that
   * may still be aborted. A failure is logged in one line and the next background attempt backs off.
   */
  compact(): Promise<void> {
    this.compacting ??= this.runCompaction().finally(() => {
      this.compacting = undefined
    })
    return this.compacting
  }

  private async runCompaction(): Promise<void> {
    this.abortExpiredTransactions(Date.now())
    if (this.transactionOpen()) return
    try {
      await this.journal.compact(() =>
        this.transactionOpen() ? undefined : snapshotBatches(this.engine.view())
      )
    } catch (error) {
      this.failedCompactions += 1
      const waitMs = Math.min(this.firstRetryMs * 2 ** (this.failedCompactions - 1), this.maxRetryMs)
      this.nextCompactionAt = Date.now() + waitMs
      const journalled = `${megabytes(this.journal.bytesSinceSnapshot)} since the last snapshot`
      const next = this.closing ? 'it is replayed on the next start' : `next attempt in ${duration(waitMs)}`
      console.error(
        `embedded database: could not compact ${this.dbPath} into a snapshot (${describeError(error)}); ` +
          `every write is still in its journal (${journalled}); ${next}`
      )
      throw error
    }
    if (this.failedCompactions > 0) {
      console.info(`embedded database: compacted ${this.dbPath} after ${this.failedCompactions} failed attempts`)
    }
    this.failedCompactions = 0
    this.nextCompactionAt = 0
  }

  private transactionOpen(): boolean {
    return [...this.transactions.values()].some((transaction) => transaction.state === 'active')
  }

  private abortExpiredTransactions(now: number): void {
    for (const transaction of this.transactions.values()) {
      if (transaction.state !== 'active' || now - transaction.startedAt < TRANSACTION_LIFETIME_MS) continue
      transaction.state = 'aborted'
      this.rollback(transaction.context)
    }
  }

  /** Takes back a transaction's changes, newest first. */
  rollback(context: WriteContext): void {
    for (const inverse of [...context.undo].reverse()) this.engine.apply(inverse)
  }

  /** Ends with a snapshot, so the next start reads one file; if that fails the journal still holds every write. */
  async close(): Promise<void> {
    this.closing = true
    clearInterval(this.ttlTimer)
    for (const transaction of this.transactions.values()) {
      if (transaction.state === 'active') this.rollback(transaction.context)
    }
    this.transactions.clear()
    await this.compacting?.catch(() => undefined)
    if (this.journal.bytesSinceSnapshot > 0) await this.compact().catch(() => undefined)
    await this.journal.close()
  }

  /** Once a minute: ends abandoned transactions, and deletes documents whose TTL index date has passed. */
  private async sweep(): Promise<void> {
    const now = Date.now()
    this.abortExpiredTransactions(now)
    const context = new WriteContext()
    for (const database of this.engine.databases.values()) {
      for (const collection of database.values()) this.expireIn(collection, context, now)
    }
    await this.persist(context)
  }

  private expireIn(collection: Collection, context: WriteContext, now: number): void {
    for (const index of collection.indexes) {
      const seconds = index.spec.expireAfterSeconds
      if (seconds === undefined || index.fields.length !== 1) continue
      for (const doc of [...collection.docs.values()]) {
        const dates = pathValues(doc, index.fields[0]).filter((value): value is Date => value instanceof Date)
        if (dates.length === 0) continue
        const earliest = Math.min(...dates.map((date) => date.getTime()))
        if (earliest + seconds * 1000 <= now) this.engine.delete(context, collection, doc as Document)
      }
    }
  }
}

/** The sweep has no client to answer; the journal still holds every write. One line, not a stack. */
function reportSweepFailure(error: unknown): void {
  console.error(`embedded database: the once-a-minute TTL sweep failed (${describeError(error)}); it runs again in a minute`)
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`
}

function duration(ms: number): string {
  return ms < 60_000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Math.round(ms / 60_000)} min`
}
