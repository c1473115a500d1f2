import type { Document } from 'bson'
import { WriteContext } from '../engine'
import { CommandError, noSuchTransaction } from '../errors'
import { valueKey } from '../keys'
import type { Transaction } from '../store'
import type { Invocation, ServerState } from './context'

/** The transaction a command runs in, starting one on `startTransaction`; undefined outside one. */
export function transactionFor(server: ServerState, name: string, command: Document): Transaction | undefined {
  if (command.autocommit !== false || !command.lsid) return undefined
  if (name === 'commitTransaction' || name === 'abortTransaction') return undefined
  const session = sessionKey(command.lsid)
  const txnNumber = String(command.txnNumber)
  const current = server.store.transactions.get(session)
  if (command.startTransaction === true) {
    if (current?.state === 'active') server.store.rollback(current.context)
    const started = { txnNumber, context: new WriteContext(), state: 'active' as const, startedAt: Date.now() }
    server.store.transactions.set(session, started)
    return started
  }
  if (!current || current.txnNumber !== txnNumber || current.state !== 'active') throw noSuchTransaction(txnNumber)
  if (['drop', 'dropDatabase', 'dropIndexes', 'createIndexes', 'create'].includes(name)) {
    throw new CommandError(
      `Cannot run '${name}' in a multi-document transaction.`,
      263,
      'OperationNotSupportedInTransaction'
    )
  }
  return current
}

export async function commitTransaction({ command }: Invocation, server: ServerState): Promise<Document> {
  const transaction = server.store.transactions.get(sessionKey(command.lsid))
  const txnNumber = String(command.txnNumber)
  if (!transaction || transaction.txnNumber !== txnNumber) throw noSuchTransaction(txnNumber)
  if (transaction.state === 'committed') return { ok: 1 }
  if (transaction.state === 'aborted') throw noSuchTransaction(txnNumber)
  transaction.state = 'committed'
  // One journal record holds the whole transaction, so it survives a crash entirely or not at all.
  await server.store.persist(transaction.context)
  return { ok: 1 }
}

export function abortTransaction({ command }: Invocation, server: ServerState): Document {
  const transaction = server.store.transactions.get(sessionKey(command.lsid))
  const txnNumber = String(command.txnNumber)
  if (!transaction || transaction.txnNumber !== txnNumber || transaction.state === 'aborted') {
    throw noSuchTransaction(txnNumber)
  }
  if (transaction.state === 'committed') {
    throw new CommandError('Transaction has been committed.', 256, 'TransactionCommitted')
  }
  transaction.state = 'aborted'
  server.store.rollback(transaction.context)
  return { ok: 1 }
}

export function endSessions({ command }: Invocation, server: ServerState): Document {
  for (const lsid of (command.endSessions as Document[]) ?? []) {
    const session = sessionKey(lsid)
    const transaction = server.store.transactions.get(session)
    if (transaction?.state === 'active') server.store.rollback(transaction.context)
    server.store.transactions.delete(session)
  }
  return { ok: 1 }
}

function sessionKey(lsid: Document): string {
  return valueKey(lsid.id)
}
