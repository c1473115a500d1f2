// `npm run backup` while providers keep uploading, then `npm run restore` into a new DATA_DIR and
// the app started on it: every agreement, every evidence file (by SHA-256) and the signed PDF (still
// sealed, per /verify and pdfsig) is there; an upload made during the backup is there whole or not
// at all; a non-empty DATA_DIR and a damaged archive are refused.
import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import { createGunzip, createGzip } from 'node:zlib'
import tar from 'tar-stream'
import { drawnSignaturePng } from '#test/fixtures/documents/drawn-signature'
import { pdfBytes } from '#test/compliance/support/demo-data'
import { startApp, type TRunningApp } from '#test/support/app'
import { api, createToken, signedIn } from '#test/support/client'
import { postJson, sentKentPru, startSigningApp, type TSigningApp } from '#test/signing/support/kent-pru-signing'

const ROOT = path.resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

let kent: TSigningApp
let restoredApp: TRunningApp | undefined
let workDir: string
let stlsToken: string

beforeAll(async () => {
  kent = await startSigningApp()
  stlsToken = await createToken(await signedIn(kent.app.baseUrl, 'provider@meadowbank.example'))
  workDir = mkdtempSync(path.join(tmpdir(), 'sla-backup-test-'))
}, 240_000)

afterAll(async () => {
  await restoredApp?.stop()
  await kent?.app.stop()
  rmSync(workDir, { recursive: true, force: true })
})

function cli(script: 'backup' | 'restore', args: string[], dataDir: string) {
  return run(path.join(ROOT, 'node_modules/.bin/tsx'), [`app/cli/${script}.server.ts`, ...args], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'test', DATA_DIR: dataDir }, maxBuffer: 16 * 1024 * 1024 })
}

async function obligationIds() {
  const agreements = (await api(kent.app.baseUrl, '/api/v1/agreements', stlsToken)).body as Array<{ id: string; reference: string }>
  const stlsAgreement = agreements.find((agreement) => agreement.reference === 'KCC-STLS-2026-001')
  const { obligations } = (await api(kent.app.baseUrl, `/api/v1/agreements/${stlsAgreement?.id}/obligations`, stlsToken)).body as { obligations: Array<{ id: string; state: string }> }
  // The school's own (an empty upload is refused for its body, 400, not for the permission, 403).
  const mine = await Promise.all(obligations.filter((obligation) => obligation.state === 'pending').map(async (obligation) => ((await api(kent.app.baseUrl, `/api/v1/obligations/${obligation.id}/evidence`, stlsToken, { method: 'POST' })).status === 400 ? obligation.id : null)))
  return mine.filter((id): id is string => id !== null)
}

async function uploadEvidence(baseUrl: string, obligationId: string, bytes: Buffer, name: string) {
  const form = new FormData()
  form.set('file', new Blob([new Uint8Array(bytes)]), name)
  const created = await api(baseUrl, `/api/v1/obligations/${obligationId}/evidence`, stlsToken, { method: 'POST', body: form })
  if (created.status !== 201) throw new Error(`Upload answered ${created.status}: ${JSON.stringify(created.body)}`)
  return (created.body as { id: string }).id
}

async function download(baseUrl: string, url: string, token: string) {
  const response = await fetch(new URL(url, baseUrl), { headers: { Authorization: `Bearer ${token}` } })
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
}

/** The archive with one byte of one evidence file changed, re-packed as a valid tar.gz. */
async function damaged(archive: string, target: string) {
  const extract = tar.extract()
  const pack = tar.pack()
  const written = pipeline(pack, createGzip(), createWriteStream(target))
  let changed = false
  const reading = pipeline(createReadStream(archive), createGunzip(), extract)
  for await (const entry of extract) {
    const chunks: Buffer[] = []
    for await (const chunk of entry as unknown as AsyncIterable<Buffer>) chunks.push(chunk)
    const bytes = Buffer.concat(chunks)
    if (!changed && entry.header.name.startsWith('files/')) {
      bytes[bytes.length - 10] ^= 0xff
      changed = true
    }
    await new Promise<void>((resolve, reject) => pack.entry({ name: entry.header.name, size: bytes.length }, bytes, (error) => (error ? reject(error) : resolve())))
  }
  await reading
  pack.finalize()
  await written
}

test('a backup taken while uploads run restores every agreement, evidence file and the signed PDF, sealed', async () => {
  const [first, second, ...later] = await obligationIds()
  const before = [await pdfBytes('Before the backup, one'), await pdfBytes('Before the backup, two')]
  const beforeIds = [await uploadEvidence(kent.app.baseUrl, first, before[0], 'one.pdf'), await uploadEvidence(kent.app.baseUrl, second, before[1], 'two.pdf')]
  const agreement = await sentKentPru(kent)
  const signatures = `/api/v1/agreements/${agreement.id}/signatures`
  await postJson(kent, kent.tokens.commissioner, signatures, { consent: true, method: 'typed', fullName: 'Clare Commissioner', title: 'Head of Inclusion' })
  await postJson(kent, kent.tokens.provider, signatures, { consent: true, method: 'drawn', drawnSignature: `data:image/png;base64,${Buffer.from(drawnSignaturePng()).toString('base64')}`, fullName: 'Pat Provider', title: 'Chair' })
  const signed = await download(kent.app.baseUrl, `/api/v1/agreements/${agreement.id}/signed.pdf`, kent.tokens.provider)
  expect(signed.status).toBe(200)

  // Uploads keep arriving, one after another, while the backup runs.
  const during: Array<{ id: string; bytes: Buffer }> = []
  let uploading = true
  const uploads = (async () => {
    for (const obligationId of later.slice(0, 40)) {
      if (!uploading) break
      const bytes = await pdfBytes(`During the backup ${obligationId}`)
      during.push({ id: await uploadEvidence(kent.app.baseUrl, obligationId, bytes, 'during.pdf'), bytes })
    }
  })()
  const archive = path.join(workDir, 'backup.tar.gz')
  const backup = await cli('backup', ['--out', archive], kent.app.dataDir)
  uploading = false
  await uploads
  expect(backup.stdout).toMatch(/^Database: \d+ documents in \d+ collections, read as one snapshot$/m)
  expect(backup.stdout).toMatch(/^Files: \d+ of \d+ \(/m)
  const printedSha256 = /SHA-256 ([0-9a-f]{64})/.exec(backup.stdout)?.[1]
  expect(printedSha256).toBe(sha256(readFileSync(archive)))
  expect(execFileSync('stat', ['-c', '%a', archive], { encoding: 'utf8' }).trim()).toBe('600')

  const restoredDir = path.join(workDir, 'restored')
  const restored = await cli('restore', ['--from', archive], restoredDir)
  expect(restored.stdout).toMatch(/^ {2}files: +\d+ \(.*\), every SHA-256 checked$/m)
  // Not again over what is now there.
  await expect(cli('restore', ['--from', archive], restoredDir)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('is not empty') })

  restoredApp = await startApp({ dataDir: restoredDir })
  const listed = async (baseUrl: string) => ((await api(baseUrl, '/api/v1/agreements', kent.tokens.commissioner)).body as Array<{ id: string; reference: string; version: number; status: string }>).map(({ id, reference, version, status }) => ({ id, reference, version, status }))
  expect(await listed(restoredApp.baseUrl)).toEqual(await listed(kent.app.baseUrl))
  for (const [index, id] of beforeIds.entries()) {
    const file = await download(restoredApp.baseUrl, `/api/v1/evidence/${id}/download`, kent.tokens.commissioner)
    expect(file.status).toBe(200)
    expect(sha256(file.bytes)).toBe(sha256(before[index]))
  }
  // An upload made while the backup ran is in it whole, or not at all.
  expect(during.length).toBeGreaterThan(0)
  for (const { id, bytes } of during) {
    const file = await download(restoredApp.baseUrl, `/api/v1/evidence/${id}/download`, kent.tokens.commissioner)
    expect([200, 404]).toContain(file.status)
    if (file.status === 200) expect(sha256(file.bytes)).toBe(sha256(bytes))
  }

  const restoredSigned = await download(restoredApp.baseUrl, `/api/v1/agreements/${agreement.id}/signed.pdf`, kent.tokens.provider)
  expect(sha256(restoredSigned.bytes)).toBe(sha256(signed.bytes))
  const verified = await api(restoredApp.baseUrl, '/api/v1/verify', null, { method: 'POST', body: restoredSigned.bytes })
  expect(verified.body).toMatchObject({ sealed: true, intact: true, signedBySystem: true, agreement: { reference: agreement.reference } })
  const signedFile = path.join(workDir, 'restored-signed.pdf')
  writeFileSync(signedFile, restoredSigned.bytes)
  expect(execFileSync('pdfsig', [signedFile], { encoding: 'utf8' })).toContain('Signature is Valid')

  // A damaged archive is refused, naming the file whose SHA-256 does not match.
  const broken = path.join(workDir, 'damaged.tar.gz')
  await damaged(archive, broken)
  await expect(cli('restore', ['--from', broken], path.join(workDir, 'from-damaged'))).rejects.toMatchObject({ stderr: expect.stringMatching(/The backup's copy of file [0-9a-f]{64} has SHA-256 [0-9a-f]{64}: the backup is damaged/) })
}, 240_000)
