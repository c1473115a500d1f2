import mongoose from 'mongoose'
import { RateLimiterMongo, RateLimiterRes } from 'rate-limiter-flexible'
import { AppError } from './app-error'

// Failed sign-ins are counted in MongoDB so every app instance behind a load balancer agrees.
const FAILURES_PER_EMAIL = 5
const FAILURES_PER_ADDRESS = 50
const WINDOW_SECONDS = 15 * 60

type TLimiters = { byEmail: RateLimiterMongo; byAddress: RateLimiterMongo }
let limiters: TLimiters | undefined

function getLimiters(): TLimiters {
  limiters ??= {
    byEmail: new RateLimiterMongo({
      storeClient: mongoose.connection,
      tableName: 'sign_in_failures',
      keyPrefix: 'email',
      points: FAILURES_PER_EMAIL,
      duration: WINDOW_SECONDS,
    }),
    byAddress: new RateLimiterMongo({
      storeClient: mongoose.connection,
      tableName: 'sign_in_failures',
      keyPrefix: 'address',
      points: FAILURES_PER_ADDRESS,
      duration: WINDOW_SECONDS,
    }),
  }
  return limiters
}

function tooMany(result: RateLimiterRes) {
  const minutes = Math.max(1, Math.ceil(result.msBeforeNext / 60_000))
  return new AppError('rate_limited', {
    message: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  })
}

export async function assertSignInAllowed({ email, address }: { email: string; address: string }) {
  const { byEmail, byAddress } = getLimiters()
  const [emailState, addressState] = await Promise.all([byEmail.get(email), byAddress.get(address)])
  for (const [state, limit] of [[emailState, FAILURES_PER_EMAIL], [addressState, FAILURES_PER_ADDRESS]] as const) {
    if (state && state.consumedPoints >= limit) throw tooMany(state)
  }
}

export async function recordSignInFailure({ email, address }: { email: string; address: string }) {
  const { byEmail, byAddress } = getLimiters()
  // Consuming past the limit rejects with the limiter state; the next attempt is refused by assertSignInAllowed.
  await Promise.allSettled([byEmail.consume(email), byAddress.consume(address)])
}

export async function clearSignInFailures({ email }: { email: string }) {
  await getLimiters().byEmail.delete(email)
}
