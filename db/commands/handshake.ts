import { Long, type Document } from 'bson'
import { invalidOptions } from '../errors'
import { maxBsonObjectSize, maxMessageSizeBytes } from '../wire'
import type { Invocation, ServerState } from './context'

const SERVER_VERSION = '7.0.0'
const STARTED_AT = Date.now()

/**
 * Answers as the primary of a one-member replica set: the driver only allows transactions on a
 * replica set, and with a plain `mongodb://host:port/db` URI it discovers the set from this reply.
 * No topologyVersion, so the driver polls instead of using the streaming (exhaust) protocol.
 */
export function hello({ connection }: Invocation, server: ServerState, legacy: boolean): Document {
  const me = server.address()
  return {
    ...(legacy ? { ismaster: true } : { isWritablePrimary: true }),
    helloOk: true,
    setName: 'embedded',
    setVersion: 1,
    hosts: [me],
    primary: me,
    me,
    electionId: server.electionId,
    secondary: false,
    maxBsonObjectSize,
    maxMessageSizeBytes,
    maxWriteBatchSize: 100_000,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: connection.id,
    minWireVersion: 0,
    maxWireVersion: 21,
    readOnly: false,
    ok: 1,
  }
}

export function buildInfo(): Document {
  return {
    version: SERVER_VERSION,
    gitVersion: 'embedded',
    versionArray: SERVER_VERSION.split('.').map(Number).concat(0),
    bits: 64,
    debug: false,
    maxBsonObjectSize,
    storageEngines: ['embedded-journal'],
    ok: 1,
  }
}

export function getParameter({ command }: Invocation): Document {
  const parameters: Document = {
    featureCompatibilityVersion: { version: '7.0' },
    authenticationMechanisms: [],
    maxBSONDepth: 100,
  }
  if (command.getParameter === '*') return { ...parameters, ok: 1 }
  const reply: Document = { ok: 1 }
  for (const name of Object.keys(command)) {
    if (name === 'getParameter' || name.startsWith('$') || name === 'lsid') continue
    if (!(name in parameters)) throw invalidOptions(`no option found to get: ${name}`)
    reply[name] = parameters[name]
  }
  return reply
}

export function serverStatus({ connection }: Invocation, server: ServerState): Document {
  const uptimeMillis = Date.now() - STARTED_AT
  return {
    host: server.address(),
    version: SERVER_VERSION,
    process: 'embedded',
    pid: Long.fromNumber(process.pid),
    uptime: Math.floor(uptimeMillis / 1000),
    uptimeMillis: Long.fromNumber(uptimeMillis),
    localTime: new Date(),
    connections: { current: connection.id, available: 1000 },
    mem: { bits: 64, resident: Math.round(process.memoryUsage().rss / 1048576) },
    ok: 1,
  }
}

/**
 * `{ embeddedServerDirectory: 1 }`: the data directory this server holds (not a MongoDB command). A
 * process that finds a server record in its DATA_DIR reuses that server only if it answers with that
 * DATA_DIR's own identity (db/connection.ts), so a copied DATA_DIR never writes into the original.
 */
export function embeddedServerDirectory(_call: Invocation, server: ServerState): Document {
  return { ...server.store.directory, ok: 1 }
}
