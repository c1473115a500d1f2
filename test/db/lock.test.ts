import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MongoClient } from 'mongodb'
import { startEmbeddedServer } from '#db/server'
import { withDatabase } from '#db/uri'
import { externalUri, spawnServer } from './harness'

let dir: string
let dbPath: string
const children: ChildProcess[] = []

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'embedded-lock-'))
  dbPath = join(dir, 'db')
})

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

const onLinux = process.platform === 'linux'

function needsEmbeddedServer(test: string): boolean {
  if (!externalUri) return true
  console.info(`${test}: not run against MONGODB_URI (needs the embedded server's lock file)`)
  return false
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function startTimeOf(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
}

function folderOf(path: string): string {
  const { dev, ino } = statSync(path, { bigint: true })
  return `${dev}:${ino}`
}

/** Runs `script` in sh and resolves with the first line it prints (a pid). */
function shell(script: string): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'ignore'] })
  children.push(child)
  return new Promise((resolve) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve({ child, line: chunk.toString().trim() }))
  })
}

async function startsAndStops(): Promise<void> {
  const server = await startEmbeddedServer({ dbPath, port: 0 })
  const client = await new MongoClient(withDatabase(server.uri, 'register')).connect()
  await client.db().collection('notes').insertOne({ started: true })
  await client.close()
  await server.close()
  expect(readdirSync(dbPath)).not.toContain('mongod.lock')
}

describe('embedded database: the data directory lock', () => {
  it('refuses a second live server on the same directory, naming the process that holds it', async () => {
    if (!needsEmbeddedServer('second live server')) return
    const { child } = await spawnServer(dbPath)
    children.push(child)
    await expect(startEmbeddedServer({ dbPath, port: 0 })).rejects.toThrow(
      `database directory ${dbPath} is in use by process ${child.pid}`
    )
    const lock = JSON.parse(readFileSync(join(dbPath, 'mongod.lock'), 'utf8'))
    expect(lock).toMatchObject({ pid: child.pid, folder: folderOf(dbPath) })
    if (onLinux) expect(lock.startedAt).toBe(startTimeOf(child.pid!))
  })

  it('starts straight after the holder is killed with kill -9, without waiting for it to be reaped', async () => {
    if (!needsEmbeddedServer('kill -9 restart')) return
    const { child } = await spawnServer(dbPath)
    child.kill('SIGKILL')
    await startsAndStops()
  })

  it.runIf(onLinux)('takes over a lock whose pid now belongs to an unrelated process', async () => {
    if (!needsEmbeddedServer('reused pid')) return
    const { child } = await shell('echo $$; exec sleep 30')
    mkdirSync(dbPath)
    // The lock's holder started at another time: this pid has since been given to `sleep`.
    const lock = { pid: child.pid, startedAt: String(Number(startTimeOf(child.pid!)) - 1), folder: folderOf(dbPath) }
    writeFileSync(join(dbPath, 'mongod.lock'), JSON.stringify(lock))
    await startsAndStops()
  })

  it.runIf(onLinux)('takes over a lock held by a zombie (exited, not yet reaped by its parent)', async () => {
    if (!needsEmbeddedServer('zombie holder')) return
    // The background `sleep` ends after its parent has become `sleep 30`, which never reaps it.
    const { line } = await shell('sleep 0.3 & echo $!; exec sleep 30')
    const zombie = Number(line)
    for (let tries = 0; readFileSync(`/proc/${zombie}/stat`, 'utf8').split(') ')[1][0] !== 'Z'; tries += 1) {
      if (tries > 300) throw new Error('the child did not become a zombie')
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    mkdirSync(dbPath)
    writeFileSync(join(dbPath, 'mongod.lock'), JSON.stringify({ pid: zombie, startedAt: startTimeOf(zombie), folder: folderOf(dbPath) }))
    await startsAndStops()
  })

  it('takes over a lock copied from another folder, though the process it names is alive', async () => {
    if (!needsEmbeddedServer('copied lock')) return
    mkdirSync(dbPath)
    writeFileSync(join(dbPath, 'mongod.lock'), JSON.stringify({ pid: process.ppid, folder: folderOf(dir) }))
    await startsAndStops()
  })

  it('still honours a lock written by an older version (a bare pid) while that process lives, and takes it over once it has gone', async () => {
    if (!needsEmbeddedServer('legacy lock')) return
    const { child } = await shell('echo $$; exec sleep 30')
    mkdirSync(dbPath)
    writeFileSync(join(dbPath, 'mongod.lock'), String(child.pid))
    await expect(startEmbeddedServer({ dbPath, port: 0 })).rejects.toThrow(`is in use by process ${child.pid}`)
    await new Promise((resolve) => {
      child.once('exit', resolve)
      child.kill('SIGKILL')
    })
    await startsAndStops()
  })
})
