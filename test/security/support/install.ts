import { spawn } from 'node:child_process'
import path from 'node:path'
import { MongoClient } from 'mongodb'
import { resolveDatabase } from '#db/connection'
import { type TRunningApp } from '#test/support/app'

const ROOT = path.resolve(import.meta.dirname, '../../..')

/** Runs `npm run setup -- <args>` against a running app's database, as an operator would. */
export function runSetup(app: TRunningApp, args: string[], input = ''): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['app/cli/setup.server.ts', ...args], { cwd: ROOT, env: app.env, stdio: ['pipe', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, output }))
    child.stdin.end(input)
  })
}

/** The one-time sign-in link a setup command printed, as a path of the app. */
export function signInLinkPath(output: string) {
  const url = /(https?:\/\/\S+\/sign-in\/link\/[A-Za-z0-9_-]+)/.exec(output)?.[1]
  if (!url) throw new Error(`No sign-in link in:\n${output}`)
  return new URL(url).pathname
}

/** Reads the running app's own database directly (its embedded server, or MONGODB_URI), to check what it stored. */
export async function withAppDatabase<T>(app: TRunningApp, read: (client: MongoClient) => Promise<T>): Promise<T> {
  const database = await resolveDatabase({ dataDir: app.dataDir, mongodbUri: app.env.MONGODB_URI })
  const client = await new MongoClient(database.uri).connect()
  try {
    return await read(client)
  } finally {
    await client.close()
    await database.close()
  }
}
