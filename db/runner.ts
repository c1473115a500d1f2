import { ObjectId, type Document } from 'bson'
import * as backup from './commands/backup'
import * as catalog from './commands/catalog'
import type { ConnectionInfo, Handler, ServerState } from './commands/context'
import * as handshake from './commands/handshake'
import * as read from './commands/read'
import * as transactions from './commands/transactions'
import * as write from './commands/write'
import { CursorRegistry } from './cursors'
import { WriteContext } from './engine'
import { commandNotFound, toCommandError } from './errors'
import type { DataStore } from './store'

// Command names as MongoDB spells them, including the lower-case aliases it still accepts.
const handlers: Record<string, Handler> = {
  hello: (call, server) => handshake.hello(call, server, false),
  isMaster: (call, server) => handshake.hello(call, server, true),
  ismaster: (call, server) => handshake.hello(call, server, true),
  ping: () => ({ ok: 1 }),
  buildInfo: () => handshake.buildInfo(),
  buildinfo: () => handshake.buildInfo(),
  getParameter: handshake.getParameter,
  serverStatus: handshake.serverStatus,
  embeddedServerDirectory: handshake.embeddedServerDirectory,
  insert: write.insert,
  update: write.update,
  delete: write.remove,
  findAndModify: write.findAndModify,
  findandmodify: write.findAndModify,
  find: read.find,
  getMore: read.getMore,
  killCursors: read.killCursors,
  aggregate: read.aggregate,
  count: read.count,
  distinct: read.distinct,
  createIndexes: catalog.createIndexes,
  listIndexes: catalog.listIndexes,
  dropIndexes: catalog.dropIndexes,
  deleteIndexes: catalog.dropIndexes,
  create: catalog.create,
  drop: catalog.drop,
  dropDatabase: catalog.dropDatabase,
  listCollections: catalog.listCollections,
  listDatabases: catalog.listDatabases,
  endSessions: transactions.endSessions,
  commitTransaction: transactions.commitTransaction,
  abortTransaction: transactions.abortTransaction,
  // For `npm run backup` and the storage benchmark (decision record 007).
  backupSnapshot: backup.backupSnapshot,
  backupSnapshotNext: backup.backupSnapshotNext,
  compact: backup.compact,
}

/** Runs one command and always answers with a reply document (errors in MongoDB's shape). */
export class CommandRunner {
  private readonly server: ServerState

  constructor(store: DataStore, address: () => string) {
    this.server = { store, cursors: new CursorRegistry(), electionId: new ObjectId(), address }
  }

  async run(db: string, command: Document, connection: ConnectionInfo): Promise<Document> {
    const name = Object.keys(command)[0]
    try {
      const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined
      if (!handler) throw commandNotFound(name)
      const transaction = transactions.transactionFor(this.server, name, command)
      const context = transaction?.context ?? new WriteContext()
      try {
        return await handler({ db, command, context, connection }, this.server)
      } finally {
        // Outside a transaction every change is journalled (and fdatasync'd) before the reply.
        if (!transaction) await this.server.store.persist(context)
      }
    } catch (error) {
      return toCommandError(error).toReply()
    }
  }
}
