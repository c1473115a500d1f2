import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as commonLanguage from '@zxcvbn-ts/language-common'
import * as englishLanguage from '@zxcvbn-ts/language-en'
import { DEMO_PASSWORD } from '#app/seed/demo-data'
import { AppError } from './app-error'

// The NCSC's password guidance: length over complexity (no rules about symbols or capitals, no
// expiry), a deny list of common and breached passwords, and nothing about the service or the
// person that a guesser would try first. zxcvbn-ts matches its lists of common passwords, words
// and names through l33t spellings, reversals, keyboard walks, repeats and dates, which is what
// "breached-style" passwords are made of ("P@ssw0rd2024!", "qwertyuiop123").

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 200
// zxcvbn's 3: more than 10^8 guesses, the level it calls safely unguessable online and under a slow hash.
const MIN_SCORE = 3

let checker: ZxcvbnFactory | undefined

// Built on first use (loading the lists takes about a second). Passwords over 64 characters are
// strong by length alone, and checking only that much keeps one check to a few milliseconds.
function getChecker() {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...commonLanguage.dictionary, ...englishLanguage.dictionary },
    graphs: commonLanguage.adjacencyGraphs,
    translations: englishLanguage.translations,
    maxLength: 64,
    l33tMaxSubstitutions: 8,
  })
  return checker
}

export type TPasswordContext = {
  /** Words a guesser would try for this person: their name, email and organisation. */
  personal: string[]
  /** In production the demo password printed in the README is refused outright. */
  production: boolean
}

/** Why a new password is refused, in words for the person choosing it, or undefined when it will do. */
export function passwordProblem(password: string, { personal, production }: TPasswordContext): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Password must be ${MIN_PASSWORD_LENGTH} characters or more`
  if (password.length > MAX_PASSWORD_LENGTH) return `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer`
  if (production && password.trim().toLowerCase() === DEMO_PASSWORD) {
    return 'This is the demo password printed in the service’s instructions: choose a password of your own'
  }
  const serviceWords = ['sla', 'register', 'sla register', 'service level agreement', DEMO_PASSWORD]
  const personalWords = personal.flatMap((word) => [word, ...word.toLowerCase().split(/[^a-z0-9]+/)]).filter((word) => word.length >= 3)
  const result = getChecker().check(password, [...serviceWords, ...personalWords])
  if (result.score >= MIN_SCORE) return undefined
  const why = result.feedback.warning ? ` ${result.feedback.warning}` : ''
  return `This password is too easy to guess.${why} A longer password is stronger: try three or four random words, like “harbour violin pepper”`
}

/** Refuses a password that fails the policy, naming the field it came from. */
export function assertPasswordPolicy(password: string, context: TPasswordContext, field = 'password') {
  const problem = passwordProblem(password, context)
  if (problem) throw new AppError('validation', { message: problem, details: { fields: { [field]: problem } } })
}
