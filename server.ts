import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { broadcastDevReady, type ServerBuild } from '@remix-run/node'
import express, { type NextFunction, type Request, type Response } from 'express'
import { connectDatabase, disconnectDatabase } from '#app/utils/db.server'
import { getEnv } from '#app/utils/env.server'
import { originCheck } from '#app/utils/origin-check.server'
import { createRequestHandler } from '#app/utils/remix-request-handler.server'
import { updateStatusesByEndDate } from '#app/services/agreements/update-statuses-by-end-date.server'
import { sendReminderDigest } from '#app/services/compliance/send-reminder-digest.server'
import { startDailyJobs } from '#app/utils/daily-jobs.server'
import { pageCache } from '#app/utils/page-cache.server'
import { cookieHasSignedInSession } from '#app/utils/session.server'
import { todayInLondon } from '#app/services/compliance/list-obligations.server'
import { readDataVersion } from '#models/data-version'
import { Organisation } from '#models/organisation'
import { reportMigration } from '#app/file-store/report-migration.server'
import { migrateGridFsFiles } from '#app/file-store/migrate-gridfs-files.server'
import { sweepUnreferencedFiles } from '#app/file-store/sweep-unreferenced-files.server'
import { preloadPdfReader } from '#clauses/import/read-pdf'

// A production start refuses, naming each missing setting, rather than fall back to a demo default.
const env = (() => {
  try {
    return getEnv()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
})()
const BUILD_PATH = path.resolve('build/index.js')
const isDevelopment = env.NODE_ENV === 'development' && process.env.REMIX_DEV_ORIGIN !== undefined

if (!fs.existsSync(BUILD_PATH)) {
  console.error('No build found at build/index.js. Run `npm run build` first (`npm start` does this for you).')
  process.exit(1)
}

// The database comes first: nothing is served until MongoDB (or the embedded server) answers.
const { database } = await connectDatabase()
console.log(database.embedded ? `Embedded database for ${env.DATA_DIR} at ${database.uri}` : 'Connected to MONGODB_URI')
// Files still in GridFS from before the file store move into it, once (decision record 007).
reportMigration(await migrateGridFsFiles())
// A production install starts empty: its first accounts come from `npm run setup`, never the demo data.
if (env.NODE_ENV === 'production') console.log('Production: no demo data is added (`npm run setup` creates the first accounts).')
else if ((await Organisation.estimatedDocumentCount()) === 0) {
  // Loaded only for a first start: the demo data builds every template, a second of a restart's time.
  const { seedDemoData } = await import('#app/seed/seed.server')
  await seedDemoData()
  console.log('Empty database: demo data added (run `npm run seed` to see the accounts).')
}
const dailyJobs = await startDailyJobs([
  // Agreements in force become "expiring" six months before their end date and "expired" after it.
  { name: 'agreement statuses', run: () => updateStatusesByEndDate({ today: todayInLondon() }) },
  { name: 'reminder digest', run: () => sendReminderDigest() },
  // Bytes no record names (an upload cut short, a failed save) go after a day's grace.
  { name: 'file store sweep', run: () => sweepUnreferencedFiles() },
])

const importBuild = async (): Promise<ServerBuild> =>
  import(`${pathToFileURL(BUILD_PATH).href}?t=${fs.statSync(BUILD_PATH).mtimeMs}`) as Promise<ServerBuild>
const initialBuild = await importBuild()

/** TRUST_PROXY as Express takes it: a number of hops, or addresses and subnets. */
function trustProxySetting(value: string) {
  return /^\d+$/.test(value) ? Number(value) : value.split(',').map((part) => part.trim())
}

function securityHeaders(request: Request, response: Response, next: NextFunction) {
  const nonce = randomBytes(16).toString('base64')
  response.locals.cspNonce = nonce
  const connectSources = isDevelopment ? "'self' ws://localhost:* ws://127.0.0.1:*" : "'self'"
  response.setHeader(
    'Content-Security-Policy',
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src ${connectSources}`,
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "object-src 'none'",
    ].join('; '),
  )
  response.setHeader('X-Content-Type-Options', 'nosniff')
  response.setHeader('X-Frame-Options', 'DENY')
  response.setHeader('Referrer-Policy', 'same-origin')
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
  if (env.NODE_ENV === 'production') response.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  // The sign-in rate limit keys on this; set here so a client cannot choose its own address.
  request.headers['x-sla-client-address'] = request.ip ?? request.socket.remoteAddress ?? 'unknown'
  next()
}

const app = express()
app.disable('x-powered-by')
if (env.TRUST_PROXY) app.set('trust proxy', trustProxySetting(env.TRUST_PROXY))
app.use(securityHeaders)
app.use('/build', express.static('public/build', { immutable: true, maxAge: '1y' }))
app.use(express.static('public', { maxAge: '1h' }))
// The compliance dashboards are read far more often than their data changes (decision record 005).
app.use(
  pageCache({
    paths: ['/compliance'],
    maxAgeSeconds: env.PAGE_CACHE_SECONDS,
    dataVersion: readDataVersion,
    today: todayInLondon,
    isSignedIn: cookieHasSignedInSession,
  }),
)
app.use(originCheck({ appOrigin: env.APP_ORIGIN, allowRequestHost: env.NODE_ENV !== 'production' }))
app.all(
  '*',
  createRequestHandler({
    build: isDevelopment ? importBuild : initialBuild,
    mode: initialBuild.mode,
    getLoadContext: (_request, response) => ({ cspNonce: String(response.locals.cspNonce ?? '') }),
    appOrigin: env.APP_ORIGIN,
    limits: { textBytes: env.BODY_LIMIT_BYTES },
  }),
)

/** After start-up's own work, not competing with it. */
const PDF_READER_PRELOAD_DELAY_MS = 2_000

const server = app.listen(env.PORT, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.PORT
  console.log(`SLA Register listening on http://localhost:${port}`)
  // Once serving, so the first PDF import does not wait for pdfjs to load (issue 21).
  setTimeout(() => void preloadPdfReader().catch((error: unknown) => console.error('Could not load the PDF reader:', error)), PDF_READER_PRELOAD_DELAY_MS).unref()
  if (isDevelopment) {
    void broadcastDevReady(initialBuild)
    fs.watchFile(BUILD_PATH, { interval: 200 }, () => void importBuild().then(broadcastDevReady))
  }
})

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`${signal}: stopping`)
  server.close()
  server.closeAllConnections()
  await dailyJobs.stop()
  await disconnectDatabase()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
