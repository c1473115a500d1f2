/**
 * Embedded MongoDB-wire-compatible server (issue 2). Usable by the app since 2026-11-23 09:36 UTC:
 * the official `mongodb` driver and mongoose connect with `mongodb://127.0.0.1:PORT/NAME` (or a Unix
 * socket, percent-encoded in the URI) and get CRUD, cursors, indexes (unique/compound/sparse),
 * aggregation, sessions and single-node transactions.
 * Query, update and aggregation semantics come from mingo; BSON from the driver's own `bson` package.
 * See docs/decisions/001-embedded-database.md for the design and its limits.
 */
import { chmodSync, rmSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import type { DirectoryIdentity } from './directory-identity'
import { CommandRunner } from './runner'
import { lockDbPath } from './lock'
import { DataStore, type CompactionOptions } from './store'
import { serverUri } from './uri'
import { MessageReader, encodeReply, parseMessage } from './wire'

export interface EmbeddedServerOptions {
  dbPath: string
  /** 0 (the default) picks a free port. */
  port?: number
  host?: string
  /**
   * Listen on this Unix socket instead of TCP. The server has no authentication, so a socket only
   * its owner may open keeps other local users out; it is also cheaper per message than loopback TCP.
   */
  socketPath?: string
  /** Compaction: when it starts (default: once the journal passes 64 MB and half the last snapshot), and how failures back off. */
  compaction?: CompactionOptions
}

export interface EmbeddedServer {
  /** With no database name; `withDatabase` (db/uri.ts) adds one. */
  uri: string
  /** 0 when listening on a Unix socket. */
  port: number
  /** The data directory it holds (db/directory-identity.ts). */
  directory: DirectoryIdentity
  /** Writes a snapshot now (as the journal's growth would trigger), for benchmarks and tests. */
  compact(): Promise<void>
  close(): Promise<void>
}

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const host = options.host ?? '127.0.0.1'
  const unlock = await lockDbPath(options.dbPath)
  let store: DataStore
  try {
    store = new DataStore(options.dbPath, options.compaction)
  } catch (error) {
    unlock()
    throw error
  }
  let advertised = host
  const runner = new CommandRunner(store, () => advertised)
  const sockets = new Set<Socket>()
  let connections = 0
  let responseId = 0

  const server = createServer((socket) => {
    sockets.add(socket)
    socket.setNoDelay(true)
    const connection = { id: ++connections }
    const reader = new MessageReader()
    // Requests on one connection are answered in order, as the driver expects.
    let queue = Promise.resolve()
    socket.on('data', (chunk) => {
      let messages: Buffer[]
      try {
        messages = reader.push(chunk)
      } catch {
        socket.destroy()
        return
      }
      for (const message of messages) {
        queue = queue
          .then(async () => {
            const request = parseMessage(message)
            const reply = await runner.run(request.database, request.command, connection)
            if (request.moreToCome || socket.destroyed) return
            socket.write(encodeReply(request, ++responseId, reply))
          })
          .catch(() => {
            socket.destroy()
          })
      }
    })
    socket.on('error', () => socket.destroy())
    socket.on('close', () => sockets.delete(socket))
  })

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      if (!options.socketPath) return server.listen(options.port ?? 0, host, () => resolve())
      // Callers keep the socket beside the data (DATA_DIR/db.sock), so a file there was left by a
      // killed server of this dbPath, whose lock we now hold.
      rmSync(options.socketPath, { force: true })
      server.listen(options.socketPath, () => resolve())
    })
  } catch (error) {
    await store.close()
    unlock()
    throw error
  }
  const address = server.address()
  if (!address) throw new Error('embedded server has no address')
  let port = 0
  if (typeof address === 'string') {
    chmodSync(address, 0o600)
    advertised = address
  } else {
    port = address.port
    const publicHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
    advertised = `${publicHost}:${port}`
  }

  let closing: Promise<void> | undefined
  return {
    uri: serverUri(typeof address === 'string' ? encodeURIComponent(address) : advertised),
    port,
    directory: store.directory,
    compact: () => store.compact(),
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          for (const socket of sockets) socket.destroy()
        })
        await store.close()
        unlock()
      })()
      return closing
    },
  }
}
