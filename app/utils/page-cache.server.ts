import type { NextFunction, Request, Response } from 'express'
import { LRUCache } from 'lru-cache'

// A signed-in user's copy of a page (the compliance dashboards), kept while nothing in the database
// has changed and it is still the same day in London. Rendering a dashboard costs a Node thread
// 20-30 ms of CPU; sending a kept copy costs well under one. See docs/decisions/005-page-cache.md.

export type TPageCacheOptions = {
  /** Paths whose GET responses may be kept; each must only read (no audit events, no writes). */
  paths: string[]
  /** The longest a copy is kept, as a safety net for changes made outside the app's models. */
  maxAgeSeconds: number
  /** Moves on with every write (models/data-version.ts). */
  dataVersion: () => Promise<number>
  /** The London date: "overdue" and "due in the next 30 days" change at midnight. */
  today: () => string
  /**
   * Whether the request's cookies carry a signed-in session that has not ended. Checked on every
   * request, so a kept page is never sent after its session's 12 hours (a sign-out moves the data
   * version on, so its pages are stale at once).
   */
  isSignedIn: (cookieHeader: string) => Promise<boolean>
}

type TKeptPage = {
  version: number
  today: string
  /** The CSP nonce the page was rendered with, swapped for each response's own. */
  nonce: string
  headers: Array<[string, string | string[]]>
  body: string
}

const MAX_BYTES = 64 * 1024 * 1024
const MAX_PAGE_BYTES = 2 * 1024 * 1024
// Set per response by the security headers, or meaningless to repeat.
const NOT_REPLAYED = new Set(['content-security-policy', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'x-page-cache'])

export function pageCache({ paths, maxAgeSeconds, dataVersion, today, isSignedIn }: TPageCacheOptions) {
  const kept = new LRUCache<string, TKeptPage>({
    maxSize: MAX_BYTES,
    sizeCalculation: (page) => page.body.length + 1,
    ttl: maxAgeSeconds * 1000,
  })
  // Requests for a page that is being rendered wait for that render rather than starting their own.
  const rendering = new Map<string, Promise<TKeptPage | undefined>>()

  return async function servePageCache(request: Request, response: Response, next: NextFunction) {
    if (maxAgeSeconds <= 0 || request.method !== 'GET' || !paths.includes(request.path)) return next()
    const cookies = request.headers.cookie
    if (!cookies) return next()
    let version: number
    try {
      if (!(await isSignedIn(cookies))) return next()
      version = await dataVersion()
    } catch {
      return next()
    }
    // Keyed by the whole Cookie header: a page is only ever sent again for exactly the cookies it was rendered for.
    const key = `${request.originalUrl}\n${cookies}`
    const day = today()
    const current = (page: TKeptPage | undefined): page is TKeptPage => page?.version === version && page.today === day
    const keptPage = kept.get(key)
    if (current(keptPage)) return sendKept(response, keptPage)
    const renderKey = `${key}\n${version}\n${day}`
    const pending = rendering.get(renderKey)
    if (pending) {
      const rendered = await pending
      return current(rendered) ? sendKept(response, rendered) : next()
    }
    const render = capture(response).then((page) => {
      rendering.delete(renderKey)
      if (!page) return undefined
      const keep = { ...page, version, today: day }
      kept.set(key, keep)
      return keep
    })
    rendering.set(renderKey, render)
    next()
  }
}

function sendKept(response: Response, page: TKeptPage) {
  for (const [name, value] of page.headers) response.setHeader(name, value)
  const nonce = String(response.locals.cspNonce ?? '')
  const body = Buffer.from(nonce && page.nonce ? page.body.replaceAll(page.nonce, nonce) : page.body)
  response.setHeader('Content-Length', body.length)
  response.setHeader('X-Page-Cache', 'hit')
  response.status(200).end(body)
}

/**
 * Records what the app sends for this response; resolves with it once sent if it may be kept: a
 * 200 HTML or JSON page that sets no cookie (a flash message or a new session is never kept).
 */
function capture(response: Response): Promise<Omit<TKeptPage, 'version' | 'today'> | undefined> {
  const chunks: Buffer[] = []
  let bytes = 0
  const record = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array)
    bytes += buffer.length
    if (bytes <= MAX_PAGE_BYTES) chunks.push(buffer)
  }
  const write = response.write.bind(response)
  const end = response.end.bind(response)
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    record(chunk, encoding)
    return (write as (...args: unknown[]) => boolean)(chunk, encoding, callback)
  }) as Response['write']
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    record(chunk, encoding)
    return (end as (...args: unknown[]) => Response)(chunk, encoding, callback)
  }) as Response['end']
  response.setHeader('X-Page-Cache', 'miss')
  return new Promise((resolve) => {
    response.once('close', () => resolve(undefined))
    response.once('finish', () => {
      const type = String(response.getHeader('content-type') ?? '')
      const keepable = response.statusCode === 200 && !response.hasHeader('set-cookie') && /^(text\/html|application\/json)/.test(type) && bytes <= MAX_PAGE_BYTES
      if (!keepable) return resolve(undefined)
      const headers = Object.entries(response.getHeaders())
        .filter(([name]) => !NOT_REPLAYED.has(name))
        .map(([name, value]): [string, string | string[]] => [name, Array.isArray(value) ? value : String(value)])
      resolve({ nonce: String(response.locals.cspNonce ?? ''), headers, body: Buffer.concat(chunks).toString('utf8') })
    })
  })
}
