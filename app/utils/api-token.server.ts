import { createHash, randomBytes } from 'node:crypto'

// Tokens look like `sla_<40 base64url chars>`; the prefix makes a leaked token easy to recognise in logs.
export const TOKEN_PREFIX = 'sla_'

export function generateApiToken() {
  const token = `${TOKEN_PREFIX}${randomBytes(30).toString('base64url')}`
  return { token, prefix: token.slice(0, TOKEN_PREFIX.length + 6), hash: hashApiToken(token) }
}

export function hashApiToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}
