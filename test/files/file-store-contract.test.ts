// Both file store backends keep the same contract (decision record 007): bytes in, the same bytes
// out as a stream, under their SHA-256; the same content kept at once by many is one file; delete by
// key; a write cut short by a crash leaves no visible file; disk files are owner-only.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { FileNotInStoreError } from '#app/file-store/file-store-interface'
import { putBytes, readBytes } from '#app/file-store/file-store.server'
import { sweepUnreferencedFiles } from '#app/file-store/sweep-unreferenced-files.server'
import { storedKeys } from '#test/support/file-store'
import { BACKENDS, openTestStore, type TTestStore } from './support/stores'

const ROOT = path.resolve(import.meta.dirname, '../..')
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** Runs the crash script until it prints `marker`, then kills it with SIGKILL. */
function killMidWrite(env: Record<string, string>, mode: 'spool' | 'keep', marker: string) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['test/files/support/crash-mid-write.ts', mode], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const timer = setTimeout(() => reject(new Error(`No "${marker}" within 60 s:\n${output}`)), 60_000)
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(marker)) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(output)
    })
  })
}

describe.each(BACKENDS)('the %s file store', (backend) => {
  let test_: TTestStore
  beforeAll(async () => {
    test_ = await openTestStore(backend)
  })
  afterAll(async () => {
    await test_?.stop()
  })

  test('keeps bytes under their SHA-256 and streams them back; stat and list see them', async () => {
    const bytes = Buffer.from(`Local Activity Report ${backend}`)
    const stored = await putBytes(test_.store, bytes)
    expect(stored).toEqual({ key: `sha256/${sha256(bytes)}`, sha256: sha256(bytes), size: bytes.length })
    const { stream, size } = await test_.store.open(stored.key)
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true)
    expect(size).toBe(bytes.length)
    expect(await test_.store.stat(stored.key)).toMatchObject({ key: stored.key, size: bytes.length })
    expect(await storedKeys(test_.store)).toContain(stored.key)
  })

  test('the same content kept by eight writers at once is one file with the right bytes', async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024, 0x37)
    const results = await Promise.all(Array.from({ length: 8 }, () => putBytes(test_.store, bytes)))
    expect(new Set(results.map((result) => result.key)).size).toBe(1)
    expect((await storedKeys(test_.store)).filter((key) => key === results[0].key)).toHaveLength(1)
    expect(sha256(await readBytes(test_.store, results[0].key))).toBe(sha256(bytes))
    // Nothing is left spooled.
    expect(await readdir(test_.store.spoolDir)).toEqual([])
  })

  test('deletes by key; a missing key is FileNotInStoreError, never an empty file', async () => {
    const stored = await putBytes(test_.store, Buffer.from('to be deleted'))
    await test_.store.delete(stored.key)
    expect(await test_.store.stat(stored.key)).toBeNull()
    await expect(test_.store.open(stored.key)).rejects.toBeInstanceOf(FileNotInStoreError)
    await expect(test_.store.open(`sha256/${'0'.repeat(64)}`)).rejects.toBeInstanceOf(FileNotInStoreError)
  })

  test('a process killed while a file streams in leaves no visible file, and the sweep removes its spool file', async () => {
    const before = await storedKeys(test_.store)
    await killMidWrite(test_.env, 'spool', 'spooling')
    expect(await storedKeys(test_.store)).toEqual(before)
    expect((await readdir(test_.store.spoolDir)).length).toBeGreaterThan(0)
    const swept = await sweepUnreferencedFiles({ store: test_.store, now: Date.now() + 25 * 60 * 60 * 1000, referenced: new Set(before) })
    expect(swept.removedSpoolFiles).toBeGreaterThan(0)
    expect(await readdir(test_.store.spoolDir)).toEqual([])
  }, 90_000)

  test('a process killed while keeping a file leaves it whole or not at all', async () => {
    const expected = `sha256/${sha256(Buffer.alloc(20 * 1024 * 1024, 0x5a))}`
    await killMidWrite(test_.env, 'keep', 'keeping')
    const found = await test_.store.stat(expected)
    if (found) expect(sha256(await readBytes(test_.store, expected))).toBe(expected.slice('sha256/'.length))
  }, 90_000)

  test.runIf(backend === 'disk')('files are 0600 and folders 0700, under DATA_DIR/files', async () => {
    const stored = await putBytes(test_.store, Buffer.from('owner only'))
    const filePath = path.join(test_.dataDir, 'files', 'sha256', stored.sha256.slice(0, 2), stored.sha256)
    expect((await stat(filePath)).mode & 0o777).toBe(0o600)
    for (const folder of ['files', 'files/sha256', `files/sha256/${stored.sha256.slice(0, 2)}`, 'files/tmp']) {
      expect(((await stat(path.join(test_.dataDir, folder))).mode & 0o777).toString(8)).toBe('700')
    }
  })
})
