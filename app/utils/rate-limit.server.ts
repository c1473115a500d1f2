import mongoose from 'mongoose'
import { RateLimiterMongo, RateLimiterRes, type RateLimiterStoreAbstract } from 'rate-limiter-flexible'

// Sign-in attempts are counted in MongoDB, so every app instance behind a load balancer agrees, and
// each attempt is counted (an atomic increment) BEFORE its password is checked: twenty guesses sent
// at once are twenty attempts, not twenty reads of a count that has not moved yet.
//
// Three limits, after OWASP's authentication cheat sheet, so that guessing is slowed without
// handing anyone a way to lock a named person out:
// - per address: 100 attempts in 15 minutes, then that address waits out the window;
// - per account from one address: 5 free attempts an hour, then a wait that grows from 1 minute
//   to 15 (the guesser's own address, so the account owner elsewhere is unaffected);
// - per account from anywhere: 20 free attempts an hour, then a wait that grows from 1 second to
//   1 minute, never a lock: guessing from many addresses is slowed to about one a minute while the
//   owner, at worst, waits a minute.

const TABLE = 'sign_in_attempts'
const ADDRESS_ATTEMPTS = 100
const ADDRESS_WINDOW_SECONDS = 15 * 60

type TBackoffOptions = { prefix: string; freeAttempts: number; windowSeconds: number; minWaitSeconds: number; maxWaitSeconds: number }

/** Waits grow as Fibonacci numbers from the least to the most (express-brute's sequence). */
function waitSequence(minWaitSeconds: number, maxWaitSeconds: number) {
  const waits = [minWaitSeconds, minWaitSeconds]
  while (waits[waits.length - 1] < maxWaitSeconds) waits.push(waits[waits.length - 1] + waits[waits.length - 2])
  waits[waits.length - 1] = maxWaitSeconds
  return waits
}

function limiter(keyPrefix: string, points: number, duration: number) {
  return new RateLimiterMongo({ storeClient: mongoose.connection, tableName: TABLE, keyPrefix, points, duration })
}

/**
 * Free attempts, then one attempt per wait, each wait longer than the last. The wait is a block
 * whose first taker passes (an atomic increment from zero): of many attempts arriving together
 * exactly one is let through, the others are refused until the block ends.
 */
class Backoff {
  private readonly free: RateLimiterMongo
  // Typed as the base class, whose penalty() takes customDuration (RateLimiterMongo's typings omit it).
  private readonly block: RateLimiterStoreAbstract
  private readonly level: RateLimiterMongo
  private readonly waits: number[]

  constructor({ prefix, freeAttempts, windowSeconds, minWaitSeconds, maxWaitSeconds }: TBackoffOptions) {
    // The first wait's block lets one attempt through as it starts, so the free count is one less.
    this.free = limiter(`${prefix}:free`, Math.max(freeAttempts - 1, 0), windowSeconds)
    this.block = limiter(`${prefix}:block`, 1, maxWaitSeconds)
    this.level = limiter(`${prefix}:level`, Number.MAX_SAFE_INTEGER, windowSeconds)
    this.waits = waitSequence(minWaitSeconds, maxWaitSeconds)
  }

  /** Counts the attempt; the milliseconds to wait when it is refused, else 0. */
  async attempt(key: string): Promise<number> {
    if (await passes(this.free.consume(key))) return 0
    const level = (await this.level.get(key))?.consumedPoints ?? 0
    const wait = this.waits[Math.min(level, this.waits.length - 1)]
    const block = await this.block.penalty(key, 1, { customDuration: wait })
    if (block.consumedPoints > 1) return Math.max(block.msBeforeNext, 1000)
    await this.level.penalty(key, 1)
    return 0
  }

  async forget(key: string) {
    await Promise.all([this.free.delete(key), this.block.delete(key), this.level.delete(key)])
  }
}

/** A consume that is over its limit rejects with the limiter's state; a store failure is an Error and is thrown. */
async function passes(consumed: Promise<RateLimiterRes>) {
  try {
    await consumed
    return true
  } catch (error) {
    if (error instanceof RateLimiterRes) return false
    throw error
  }
}

type TLimits = { byAddress: RateLimiterMongo; byAccountAndAddress: Backoff; byAccount: Backoff }
let limits: TLimits | undefined

function getLimits(): TLimits {
  limits ??= {
    byAddress: limiter('address', ADDRESS_ATTEMPTS, ADDRESS_WINDOW_SECONDS),
    byAccountAndAddress: new Backoff({ prefix: 'account-address', freeAttempts: 5, windowSeconds: 60 * 60, minWaitSeconds: 60, maxWaitSeconds: 15 * 60 }),
    byAccount: new Backoff({ prefix: 'account', freeAttempts: 20, windowSeconds: 60 * 60, minWaitSeconds: 1, maxWaitSeconds: 60 }),
  }
  return limits
}

export type TSignInAttempt = { email: string; address: string }

/** Which limit refused an attempt, and for how long, for the message and the audit trail. */
export type TThrottled = { limit: 'address' | 'account_and_address' | 'account'; msBeforeNext: number }

/** Counts one sign-in attempt against every limit, before its password is checked; refused attempts go no further. */
export async function countSignInAttempt({ email, address }: TSignInAttempt): Promise<TThrottled | null> {
  const { byAddress, byAccountAndAddress, byAccount } = getLimits()
  try {
    await byAddress.consume(address)
  } catch (error) {
    if (error instanceof RateLimiterRes) return { limit: 'address', msBeforeNext: error.msBeforeNext }
    throw error
  }
  const pairWait = await byAccountAndAddress.attempt(`${email}|${address}`)
  if (pairWait > 0) return { limit: 'account_and_address', msBeforeNext: pairWait }
  const accountWait = await byAccount.attempt(email)
  if (accountWait > 0) return { limit: 'account', msBeforeNext: accountWait }
  return null
}

/** A right password clears the account's counts and gives the address its attempt back. */
export async function forgetSignInAttempts({ email, address }: TSignInAttempt) {
  const { byAddress, byAccountAndAddress, byAccount } = getLimits()
  await Promise.all([byAccountAndAddress.forget(`${email}|${address}`), byAccount.forget(email), byAddress.reward(address, 1)])
}

/** "Try again in 3 minutes" or "in 20 seconds". */
export function describeWait(msBeforeNext: number) {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  if (seconds < 45) return `${seconds} second${seconds === 1 ? '' : 's'}`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minute${minutes === 1 ? '' : 's'}`
}
