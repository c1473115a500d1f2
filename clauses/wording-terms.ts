// Does a clause's wording say what its terms mean? Where a clause keeps its own words (a seed's,
// a drafter's, an import's), the periods, money, dates, days, percentages and times those words
// state are read back and compared with the clause's typed values, both ways: a figure the words
// state that no value has ("6 months" when the notice period is 3 months), and a value the words
// never state (decision record 006). It reads figures, not meaning: a sentence it cannot read is
// not flagged, so legal review is still the check for sense. Pure: no framework imports.
import type { z } from 'zod'
import type { RenderContext } from './clause-kind'
import { formatDate, formatDayOfYear, formatPercentage, formatPeriod, ordinal } from './format'
import { formatClockTime } from './notices'
import { NUMBER_WORDS_PATTERN, numberFromWords } from './number-words'
import { typedValuesOf, type TTypedValue, type TValueType } from './value-types'
import type { DayOfYear, Period, PeriodUnit } from './values'
import { fillWording, formatMoney, lowerFirst } from './wording'

export type TWordingDifference = {
  /** One sentence a drafter and a solicitor both read; also what legal's acceptance records. */
  message: string
}

/** A figure read from the words. */
type TFact = { type: TValueType; value: unknown; said: string }

/** The types the words are read for. Bare counts are not: a number in prose is as often a clause,
 * a year or a Key Stage as a count. */
const READ_TYPES = new Set<TValueType>(['period', 'pence', 'date', 'day-of-year', 'day-of-month', 'percentage', 'clock-time'])
const COMPARED_TYPES = new Set<TValueType>([...READ_TYPES, 'notice-giver'])

export type TComparedClause = { params: unknown; text?: string }

/** The differences between a clause's own words and its values; none for a clause whose words are
 * written from its values. `statedElsewhere` is text where a value also counts as stated: what the
 * kind renders from its values beside the words (a KPI or funding table), and the words of the
 * clauses these words cite or restate ("as described in clause 9.1"). */
export function compareWordingWithTerms(clause: TComparedClause, schema: z.ZodType, context: RenderContext, statedElsewhere = ''): TWordingDifference[] {
  if (clause.text === undefined) return []
  const words = fillWording(clause, schema, context).text
  const values = typedValuesOf(schema, clause.params)
  const terms = values.filter((term) => COMPARED_TYPES.has(term.type))
  // A figure inside a value written as words (a charge's description, "within 10 school days of
  // being notified") is the clause's term as much as a typed one.
  const described = values.filter((value) => value.type === 'text' && typeof value.value === 'string').flatMap((value) => readFacts(value.value as string))
  const facts = readFacts(words)
  const differences: TWordingDifference[] = []
  for (const fact of facts) {
    if (terms.some((term) => term.type === fact.type && sameValue(fact.type, term.value, fact.value))) continue
    if (described.some((other) => other.type === fact.type && sameValue(fact.type, other.value, fact.value))) continue
    differences.push({ message: describeUnmatchedFact(fact, terms) })
  }
  const stated = `${words}\n${statedElsewhere}`
  const statedFacts = readFacts(stated)
  for (const term of terms) {
    if (isStated(term, stated, statedFacts, context)) continue
    differences.push({ message: `The wording does not say ${theLabel(term.label)} (${describeTerm(term, context)})` })
  }
  return unique(differences)
}

function describeUnmatchedFact(fact: TFact, terms: TTypedValue[]): string {
  const sameType = terms.filter((term) => term.type === fact.type)
  if (sameType.length === 0) return `The wording says “${fact.said}”, which none of the clause’s values says`
  const values = sameType.map((term) => `${theLabel(term.label)} is ${describeTerm(term)}`)
  return `The wording says “${fact.said}”, but ${values.join(' and ')}`
}

/** "the notice period"; "who may give notice" needs no article. */
function theLabel(label: string): string {
  const lower = lowerFirst(label)
  return /^(?:who|what|how|when)\b/.test(lower) ? lower : `the ${lower}`
}

function isStated(term: TTypedValue, text: string, facts: TFact[], context: RenderContext): boolean {
  if (term.type === 'notice-giver') return namesGiver(String(term.value), text, context)
  return facts.some((fact) => fact.type === term.type && sameValue(term.type, term.value, fact.value))
}

/** Who may give notice, as the words would name them: "either party", "a member school", or the
 * party by name or by how the agreement refers to it ("the Authority", "KCC"). */
function namesGiver(giver: string, text: string, context: RenderContext): boolean {
  if (giver === 'either') return /\beither (?:party|of the parties)\b/i.test(text)
  if (giver === 'any_member') return /\bmember schools?\b/i.test(text)
  const party = context.parties.find((candidate) => candidate.id === giver)
  const names = [party?.name, party?.definedAs?.replace(/^the\s+/i, '')].filter((name): name is string => Boolean(name?.trim()))
  return names.some((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').test(text))
}

function sameValue(type: TValueType, a: unknown, b: unknown): boolean {
  switch (type) {
    case 'period':
      return samePeriod(a as Period, b as Period)
    case 'day-of-year':
      return (a as DayOfYear).day === (b as DayOfYear).day && (a as DayOfYear).month === (b as DayOfYear).month
    default:
      return a === b
  }
}

/** Twelve months is a year; otherwise the same amount of the same unit. */
function samePeriod(a: Period, b: Period): boolean {
  const months = (period: Period) => (period.unit === 'years' ? period.amount * 12 : period.unit === 'months' ? period.amount : undefined)
  if (months(a) !== undefined && months(a) === months(b)) return true
  return a.amount === b.amount && a.unit === b.unit
}

function describeTerm(term: TTypedValue, context?: RenderContext): string {
  switch (term.type) {
    case 'period':
      return formatPeriod(term.value as Period)
    case 'pence':
      return formatMoney(term.value as number)
    case 'date':
      return formatDate(term.value as string)
    case 'day-of-year':
      return formatDayOfYear(term.value as DayOfYear)
    case 'day-of-month':
      return `the ${ordinal(term.value as number)}`
    case 'percentage':
      return formatPercentage(term.value as number)
    case 'clock-time':
      return formatClockTime(term.value as string)
    case 'notice-giver': {
      const giver = String(term.value)
      if (giver === 'either') return 'either party'
      if (giver === 'any_member') return 'any member school'
      const party = context?.parties.find((candidate) => candidate.id === giver)
      return party?.name || party?.definedAs || giver
    }
    default:
      return String(term.value)
  }
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

const DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS.join('|')})(?:,?\\s+(\\d{4}))?\\b`, 'gi')
const PERIOD = new RegExp(
  `\\b(${NUMBER_WORDS_PATTERN})(?:\\s*\\((\\d+)\\))?\\s+((?:(?:full|clear|calendar|working|business|school|term[- ]time|financial|academic)\\s+)*)(hours?|days?|weeks?|months?|terms?|years?)\\b`,
  'gi',
)
const MONEY = /£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?/g
const PERCENTAGE = /\b(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)/gi
const CLOCK_12 = /\b(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm)\b/gi
const CLOCK_24 = /\b([01]?\d|2[0-3]):([0-5]\d)\b/g
/** "the 20th of each month", "by the 10th of the following month"; a bare "6th day provision" is not a date. */
const DAY_OF_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)(?:\s+day)?\s+of\s+(?:each|every|the(?:\s+following)?)\s+(?:calendar\s+)?month\b/gi

/** The figures the words state, each read once: a date's day is not also a day of the month. */
export function readFacts(text: string): TFact[] {
  const facts: TFact[] = []
  let rest = text
  const take = (pattern: RegExp, read: (match: RegExpMatchArray) => TFact | undefined) => {
    rest = rest.replace(pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpMatchArray
      const fact = read(match)
      if (!fact) return match[0]
      facts.push(fact)
      return ' '.repeat(match[0].length)
    })
  }
  take(DATE, readDate)
  take(MONEY, (match) => ({ type: 'pence', value: Number(match[1].replace(/,/g, '')) * 100 + Number(match[2] ?? 0), said: match[0] }))
  take(PERCENTAGE, (match) => ({ type: 'percentage', value: Number(match[1]), said: match[0] }))
  take(CLOCK_12, readTwelveHourClock)
  take(CLOCK_24, (match) => ({ type: 'clock-time', value: `${match[1].padStart(2, '0')}:${match[2]}`, said: match[0] }))
  take(PERIOD, readPeriod)
  take(DAY_OF_MONTH, (match) => ({ type: 'day-of-month', value: Number(match[1]), said: match[0] }))
  return facts
}

function readDate(match: RegExpMatchArray): TFact | undefined {
  const day = Number(match[1])
  const month = MONTHS.indexOf(match[2].toLowerCase()) + 1
  if (day < 1 || day > 31) return undefined
  if (!match[3]) return { type: 'day-of-year', value: { day, month }, said: match[0] }
  const iso = `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { type: 'date', value: iso, said: match[0] }
}

function readTwelveHourClock(match: RegExpMatchArray): TFact | undefined {
  const hour = Number(match[1])
  if (hour < 1 || hour > 12) return undefined
  const hours = (hour % 12) + (match[3].toLowerCase() === 'pm' ? 12 : 0)
  return { type: 'clock-time', value: `${String(hours).padStart(2, '0')}:${match[2] ?? '00'}`, said: match[0] }
}

function readPeriod(match: RegExpMatchArray): TFact | undefined {
  const amount = match[2] ? Number(match[2]) : numberFromWords(match[1])
  // "the 2016/2017 financial year" names a year, not a period of 2017 years.
  if (amount === undefined || amount <= 0 || amount > 999) return undefined
  const unit = periodUnit(match[3].toLowerCase(), match[4].toLowerCase())
  return { type: 'period', value: { amount, unit }, said: match[0].trim() }
}

function periodUnit(qualifiers: string, noun: string): PeriodUnit {
  const singular = noun.replace(/s$/, '')
  if (singular === 'day') {
    if (/working|business/.test(qualifiers)) return 'business_days'
    if (/school|term[- ]time/.test(qualifiers)) return 'school_days'
    return 'calendar_days'
  }
  return ({ hour: 'hours', week: 'weeks', month: 'months', term: 'terms', year: 'years' } as const)[singular as 'hour'] ?? 'calendar_days'
}

function unique(differences: TWordingDifference[]): TWordingDifference[] {
  const seen = new Set<string>()
  return differences.filter((difference) => (seen.has(difference.message) ? false : (seen.add(difference.message), true)))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
