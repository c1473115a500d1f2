import mongoose from 'mongoose'
import { resolveDatabase } from '#db/connection'
import { getEnv } from './env.server'

type TDatabase = { uri: string; embedded: boolean; close: () => Promise<void> }
type TConnected = { database: TDatabase; mongoose: typeof mongoose }

// Kept on globalThis so dev rebuilds, the server entry and the app bundle share one connection
// (the Remix Indie Stack's singleton), and so the embedded server is started at most once per process.
const globalForDb = globalThis as typeof globalThis & { __slaDatabase?: Promise<TConnected> }

/** Connects mongoose to MONGODB_URI, or to the embedded server for DATA_DIR (started here if none runs). */
export function connectDatabase(): Promise<TConnected> {
  globalForDb.__slaDatabase ??= openDatabase().catch((error: unknown) => {
    globalForDb.__slaDatabase = undefined
    throw error
  })
  return globalForDb.__slaDatabase
}

async function openDatabase(): Promise<TConnected> {
  const env = getEnv()
  const database = await resolveDatabase({ dataDir: env.DATA_DIR, mongodbUri: env.MONGODB_URI })
  mongoose.set('strictQuery', true)
  await mongoose.connect(database.uri, { serverSelectionTimeoutMS: 10_000 })
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()))
  return { database, mongoose }
}

export async function disconnectDatabase() {
  const connecting = globalForDb.__slaDatabase
  if (!connecting) return
  globalForDb.__slaDatabase = undefined
  const { database } = await connecting
  await mongoose.disconnect()
  await database.close()
}
