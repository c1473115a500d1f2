import { type Document } from 'bson'
import { Collection, Engine, WriteContext } from './engine'
import { Journal, type RecoveryReport } from './journal'
import { pathValues } from './keys'

/** Journal size that triggers compaction into a snapshot, unless the server is told otherwise. */
export const COMPACT_AFTER_BYTES = 64 * 1024 * 1024
const SNAPSHOT_BATCH = 1000
// MongoDB's TTL monitor also runs once a minute.
const TTL_SWEEP_MS = 60_000

export interface Transaction {
  txnNumber: string
  context: WriteContext
  state: 'active' | 'committed' | 'aborted'
}

/** The engine plus its durability: every acknowledged change is in the journal before the reply. */
export class DataStore {
  readonly engine = new Engine()
  readonly transactions = new Map<string, Transaction>()
  readonly recovery: RecoveryReport
  private readonly journal: Journal
  private compacting: Promise<void> | undefined
  private readonly ttlTimer: NodeJS.Timeout

  constructor(dbPath: string, private readonly compactAfterBytes = COMPACT_AFTER_BYTES) {
    this.journal = new Journal(dbPath)
    this.recovery = this.journal.recover((mutation) => this.engine.apply(mutation))
    if (this.recovery.droppedTailBytes > 0) {
      console.warn(
        `embedded database: dropped ${this.recovery.droppedTailBytes} bytes of a torn journal record in ${dbPath} ` +
          '(a write cut short by a crash)'
      )
    }
    this.ttlTimer = setInterval(() => this.expireDocuments().catch(reportBackgroundFailure), TTL_SWEEP_MS)
    this.ttlTimer.unref()
  }

  /** Makes the context's changes durable; resolves once they are fdatasync'd. */
  async persist(context: WriteContext): Promise<void> {
    await this.journal.append(context.mutations)
    if (this.journal.journalBytes > this.compactAfterBytes) this.compact().catch(reportBackgroundFailure)
  }

  compact(): Promise<void> {
    if (this.compacting) return this.compacting
    // A snapshot taken mid-transaction would contain writes that may still be aborted.
    const inTransaction = () => [...this.transactions.values()].some((transaction) => transaction.state === 'active')
    this.compacting = this.journal
      .compact(() => (inTransaction() ? undefined : this.engine.snapshotMutations(SNAPSHOT_BATCH)))
      .finally(() => {
        this.compacting = undefined
      })
    return this.compacting
  }

  /** Takes back a transaction's changes, newest first. */
  rollback(context: WriteContext): void {
    for (const inverse of [...context.undo].reverse()) this.engine.apply(inverse)
  }

  async close(): Promise<void> {
    clearInterval(this.ttlTimer)
    for (const transaction of this.transactions.values()) {
      if (transaction.state === 'active') this.rollback(transaction.context)
    }
    this.transactions.clear()
    await this.compacting
    if (this.journal.journalBytes > 0) await this.compact()
    await this.journal.close()
  }

  /** Deletes documents whose TTL index date has passed (indexes created with expireAfterSeconds). */
  private async expireDocuments(): Promise<void> {
    const context = new WriteContext()
    const now = Date.now()
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

/** Background work (compaction, TTL sweeps) has no client to answer; the journal still holds every write. */
function reportBackgroundFailure(error: unknown): void {
  console.error('embedded database: background task failed', error)
}
