import type { Document } from 'bson'
import { MingoError } from 'mingo/util'

/** An error answered to the client in MongoDB's shape: `{ ok: 0, errmsg, code, codeName }`. */
export class CommandError extends Error {
  constructor(message: string, readonly code: number, readonly codeName: string, readonly extra: Document = {}) {
    super(message)
    this.name = 'CommandError'
  }

  toReply(): Document {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.extra }
  }
}

// Codes and names from MongoDB's src/mongo/base/error_codes.yml, so drivers and mongoose recognise them.
export const badValue = (message: string) => new CommandError(message, 2, 'BadValue')
export const failedToParse = (message: string) => new CommandError(message, 9, 'FailedToParse')
export const namespaceNotFound = (message: string) => new CommandError(message, 26, 'NamespaceNotFound')
export const indexNotFound = (message: string) => new CommandError(message, 27, 'IndexNotFound')
export const cursorNotFound = (cursorId: string) =>
  new CommandError(`cursor id ${cursorId} not found`, 43, 'CursorNotFound')
export const commandNotFound = (name: string) => new CommandError(`no such command: '${name}'`, 59, 'CommandNotFound')
export const immutableField = (message: string) => new CommandError(message, 66, 'ImmutableField')
export const cannotCreateIndex = (message: string) => new CommandError(message, 67, 'CannotCreateIndex')
export const indexOptionsConflict = (message: string) => new CommandError(message, 85, 'IndexOptionsConflict')
export const invalidOptions = (message: string) => new CommandError(message, 72, 'InvalidOptions')
export const operationNotSupported = (message: string) => new CommandError(message, 115, 'CommandNotSupported')
export const noSuchTransaction = (txnNumber: string) =>
  new CommandError(`Transaction with { txnNumber: ${txnNumber} } has been aborted.`, 251, 'NoSuchTransaction', {
    errorLabels: ['TransientTransactionError'],
  })

/**
 * Errors thrown by mingo (unknown operators, malformed expressions) become MongoDB-style errors that keep
 * mingo's message, which names the operator; anything else is an internal error.
 */
export function toCommandError(error: unknown): CommandError {
  if (error instanceof CommandError) return error
  const message = error instanceof Error ? error.message : String(error)
  if (/immutable field/i.test(message)) return immutableField(message)
  if (error instanceof MingoError || /unknown|unregistered|unsupported|invalid/i.test(message)) return badValue(message)
  return new CommandError(message, 1, 'InternalError')
}
