import type { Document, ObjectId } from 'bson'
import type { CursorRegistry } from '../cursors'
import type { WriteContext } from '../engine'
import type { DataStore } from '../store'

export interface ConnectionInfo {
  id: number
}

/** One command as received, with the write context it records its changes in. */
export interface Invocation {
  db: string
  command: Document
  context: WriteContext
  connection: ConnectionInfo
}

/** What every command handler may use. */
export interface ServerState {
  store: DataStore
  cursors: CursorRegistry
  electionId: ObjectId
  /** host:port as clients reach this server. */
  address(): string
}

export type Handler = (call: Invocation, server: ServerState) => Document | Promise<Document>
