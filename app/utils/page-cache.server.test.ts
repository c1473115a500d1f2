import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { pageCache } from './page-cache.server'

// A small Express app standing in for server.ts: a fresh CSP nonce per response, the page cache,
// and a "Remix" that streams a page naming the nonce and counts how often it renders.
let version = 1
let today = '2026-11-23'
let renders = 0
let failVersion = false
// Sessions whose 12 hours are over (the real check reads the signed sign-in time in the cookie).
const endedSessions = new Set<string>()
let baseUrl = ''
let close: () => void = () => {}

beforeAll(async () => {
  const app = express()
  app.use((_request, response, next) => {
    response.locals.cspNonce = randomBytes(16).toString('base64')
    response.setHeader('Content-Security-Policy', `script-src 'nonce-${response.locals.cspNonce}'`)
    next()
  })
  app.use(
    pageCache({
      paths: ['/compliance'],
      maxAgeSeconds: 60,
      dataVersion: async () => {
        if (failVersion) throw new Error('database unavailable')
        return version
      },
      today: () => today,
      isSignedIn: async (cookies) => {
        const session = /__session=([^;]+)/.exec(cookies)?.[1]
        return session !== undefined && !endedSessions.has(session)
      },
    }),
  )
  app.get('/compliance', async (request, response) => {
    renders += 1
    await new Promise((resolve) => setTimeout(resolve, 20))
    if (request.query.flash) response.setHeader('Set-Cookie', '__session=cleared')
    if (request.query.missing) return response.status(404).send('Not found')
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.write(`<p>render ${renders} for ${request.headers.cookie}</p>`)
    response.end(`<script nonce="${response.locals.cspNonce}"></script>`)
  })
  app.get('/agreements', (_request, response) => {
    renders += 1
    response.type('html').send('<p>agreements</p>')
  })
  const server = app.listen(0)
  await new Promise((resolve) => server.once('listening', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})

afterAll(() => close())

beforeEach(() => {
  version += 1
  renders = 0
  failVersion = false
})

async function get(path: string, session: string | null = 'alice') {
  const response = await fetch(baseUrl + path, { headers: session ? { Cookie: `theme=dark; __session=${session}` } : {} })
  const body = await response.text()
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? ''
  return { status: response.status, body, nonce, cache: response.headers.get('x-page-cache') }
}

describe('the page cache', () => {
  test('sends a signed-in user the page it kept, with this response’s own CSP nonce', async () => {
    const first = await get('/compliance')
    const second = await get('/compliance')
    expect([first.cache, second.cache]).toEqual(['miss', 'hit'])
    expect(renders).toBe(1)
    expect(second.nonce).not.toBe(first.nonce)
    expect(second.body).toContain(`<script nonce="${second.nonce}">`)
    expect(second.body).not.toContain(first.nonce)
    expect(second.body.replace(second.nonce, 'N')).toBe(first.body.replace(first.nonce, 'N'))
  })

  test('renders again once the data version moves on, or the London date changes', async () => {
    await get('/compliance')
    version += 1
    expect((await get('/compliance')).cache).toBe('miss')
    today = '2026-11-24'
    expect((await get('/compliance')).cache).toBe('miss')
    expect(renders).toBe(3)
    expect((await get('/compliance')).body).toContain('render 3')
  })

  test('keeps a page per session and per address, and nothing for a visitor who is not signed in', async () => {
    await get('/compliance', 'alice')
    expect((await get('/compliance', 'bob')).body).toContain('__session=bob')
    expect((await get('/compliance?page=2', 'alice')).cache).toBe('miss')
    const visitor = [await get('/compliance', null), await get('/compliance', null)]
    expect(visitor.map((response) => response.cache)).toEqual([null, null])
    expect(renders).toBe(5)
  })

  test('sends nothing kept for a session that has ended: the app decides what such a request gets', async () => {
    await get('/compliance', 'dave')
    expect((await get('/compliance', 'dave')).cache).toBe('hit')
    endedSessions.add('dave')
    const afterEnd = await get('/compliance', 'dave')
    expect(afterEnd.cache).toBeNull()
    expect(afterEnd.body).toContain('render 2')
  })

  test('does not keep a response that sets a cookie, or one that is not a 200 page', async () => {
    await get('/compliance?flash=1')
    expect((await get('/compliance?flash=1')).cache).toBe('miss')
    await get('/compliance?missing=1')
    const again = await get('/compliance?missing=1')
    expect([again.status, again.cache]).toEqual([404, 'miss'])
    expect(renders).toBe(4)
  })

  test('leaves other paths alone, and renders as usual when the data version cannot be read', async () => {
    await get('/agreements')
    expect((await get('/agreements')).cache).toBeNull()
    failVersion = true
    expect((await get('/compliance')).cache).toBeNull()
    expect(renders).toBe(3)
  })

  test('requests arriving while a page renders wait for that render instead of starting their own', async () => {
    const responses = await Promise.all(Array.from({ length: 6 }, () => get('/compliance', 'carol')))
    expect(renders).toBe(1)
    expect(new Set(responses.map((response) => response.body.replace(response.nonce, 'N'))).size).toBe(1)
    for (const response of responses) expect(response.body).toContain(`nonce="${response.nonce}"`)
  })
})
