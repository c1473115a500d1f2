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
  /** Words a guesser would try for this person: their name, email and the names of their organisations. */
  personal: string[]
  /** In production the demo password printed in the service's instructions is refused outright. */
  production: boolean
}

// What a guesser aiming at this service tries first, besides the person's own words: the
// product's name and the words of its users' job titles and organisations.
const SERVICE_WORDS = [
  'sla', 'slas', 'register', 'service', 'level', 'agreement', 'agreements', 'contract', 'council', 'county', 'borough',
  'city', 'district', 'metropolitan', 'authority', 'local', 'platform', 'team', 'admin', 'administrator', 'school',
  'schools', 'academy', 'send', 'pru', 'provision', 'commissioning', 'legal', 'audit', 'compliance', 'provider',
  'management', 'committee', 'gov', 'govuk', 'welcome', 'password', DEMO_PASSWORD,
]

/** The years around now, which people add to a password to meet a length rule. */
function nearbyYears(now: Date) {
  const thisYear = now.getUTCFullYear()
  return Array.from({ length: 41 }, (_, offset) => String(thisYear - 30 + offset))
}

/** A name or address and each word in it ("admin@kent.gov.uk" gives "admin", "kent", "gov", "uk"). */
function contextWords(personal: string[]) {
  return personal.flatMap((text) => [text, ...text.toLowerCase().split(/[^a-z0-9]+/)]).filter((word) => word.length >= 3)
}

type TZxcvbnMatch = ReturnType<ZxcvbnFactory['check']>['sequence'][number]

// A word from the context or a year: zxcvbn counts each as cheap to guess, but every word after
// the second still adds its fixed minimum to the estimate, which lets a password made only of
// such words ("platformteam2026") score as safe. Scoring what is left without them does not.
function isContextMatch(match: TZxcvbnMatch) {
  if (match.pattern === 'dictionary') return match.dictionaryName === 'userInputs'
  return match.pattern === 'regex' && match.regexName === 'recentYear'
}

function contextProblem(password: string, sequence: TZxcvbnMatch[]) {
  const context = sequence.filter(isContextMatch)
  if (context.length === 0) return undefined
  const rest = sequence.filter((match) => !isContextMatch(match)).map((match) => match.token).join('')
  if (rest.trim().length > 0 && getChecker().check(rest).score >= MIN_SCORE) return undefined
  const words = context.map((match) => `“${match.token}”`).join(', ')
  return `This password is too easy to guess: it is mostly words a guesser would try first for this service, your organisation or you (${words}). A longer password is stronger: try three or four random words, like “harbour violin pepper”`
}

/** Why a new password is refused, in words for the person choosing it, or undefined when it will do. */
export function passwordProblem(password: string, { personal, production }: TPasswordContext, now = new Date()): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Password must be ${MIN_PASSWORD_LENGTH} characters or more`
  if (password.length > MAX_PASSWORD_LENGTH) return `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer`
  if (production && password.trim().toLowerCase() === DEMO_PASSWORD) {
    return 'This is the demo password printed in the service’s instructions: choose a password of your own'
  }
  const result = getChecker().check(password, [...contextWords(personal), ...SERVICE_WORDS, ...nearbyYears(now)])
  if (result.score < MIN_SCORE) {
    const why = result.feedback.warning ? ` ${result.feedback.warning}` : ''
    return `This password is too easy to guess.${why} A longer password is stronger: try three or four random words, like “harbour violin pepper”`
  }
  return contextProblem(password, result.sequence)
}

/** Refuses a password that fails the policy, naming the field it came from. */
export function assertPasswordPolicy(password: string, context: TPasswordContext, field = 'password') {
  const problem = passwordProblem(password, context)
  if (problem) throw new AppError('validation', { message: problem, details: { fields: { [field]: problem } } })
}
