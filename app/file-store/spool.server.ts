// An upload is first written to a private spool file while it is hashed and counted, so it can be
// checked whole (its type, a zip's directory, a PDF's objects) without holding it in memory, and so
// nothing reaches the store until it is accepted.
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, unlink } from 'node:fs/promises'
import path from 'node:path'

export type TSpooledFile = { path: string; sha256: string; size: number }

export class SpoolLimitError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`)
    this.name = 'SpoolLimitError'
  }
}

export type TSpoolOptions = {
  dir: string
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>
  maxBytes?: number
  /** Sees every chunk as it is written (the text check, the head and tail kept for sniffing). */
  onChunk?: (chunk: Uint8Array) => void
}

export async function spoolStream({ dir, source, maxBytes = Number.POSITIVE_INFINITY, onChunk }: TSpoolOptions): Promise<TSpooledFile> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const spoolPath = path.join(dir, `upload-${Date.now()}-${randomBytes(8).toString('hex')}`)
  const handle = await open(spoolPath, 'wx', 0o600)
  const hash = createHash('sha256')
  let size = 0
  try {
    for await (const chunk of source) {
      size += chunk.length
      if (size > maxBytes) throw new SpoolLimitError(maxBytes)
      hash.update(chunk)
      onChunk?.(chunk)
      await handle.write(chunk)
    }
    await handle.close()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(spoolPath).catch(() => undefined)
    throw error
  }
  return { path: spoolPath, sha256: hash.digest('hex'), size }
}

export async function spoolBytes(dir: string, bytes: Uint8Array) {
  return spoolStream({ dir, source: [bytes] })
}

/** Flushes a file, or a folder's entries, to the disk. */
export async function fsyncPath(target: string) {
  const handle = await open(target, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Removes a spool file that will not be kept (a refused upload, a failed form). */
export async function discardSpool(spooled: Pick<TSpooledFile, 'path'>) {
  await unlink(spooled.path).catch(() => undefined)
}
