import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt with N=2^15, r=8, p=1 (the OWASP password storage minimum), a 16-byte salt and a 64-byte key.
const COST = 2 ** 15
const BLOCK_SIZE = 8
const PARALLELISM = 1
const KEY_LENGTH = 64
const MAX_MEMORY = 64 * 1024 * 1024

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions) {
  return new Promise<Buffer>((resolve, reject) => {
    scryptCallback(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/** Stored as `scrypt$N$r$p$salt$key` so the cost can be raised later without breaking old hashes. */
export async function hashPassword(password: string) {
  const salt = randomBytes(16)
  const key = await scrypt(password, salt, KEY_LENGTH, { N: COST, r: BLOCK_SIZE, p: PARALLELISM, maxmem: MAX_MEMORY })
  return ['scrypt', COST, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPassword(password: string, storedHash: string) {
  const [scheme, cost, blockSize, parallelism, salt, key] = storedHash.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(cost),
    r: Number(blockSize),
    p: Number(parallelism),
    maxmem: MAX_MEMORY,
  })
  return timingSafeEqual(actual, expected)
}

// Compared against when no user has the email, so a wrong email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined
export function getDecoyHash() {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'))
  return decoyHash
}
