// How agreements write numbers, periods, dates and money, read into the clause library's values:
// "twenty one (21) days", "six months", "2 terms", "the 23rd February 2017", "5th April",
// "£10,000", "85%". Every pattern here is a regular expression a reader can check against the
// seeds; nothing is guessed.
import type { DayOfYear, IsoDate, Period, PeriodUnit } from '../values'

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, a: 1, an: 1,
}

/** "21", "twenty one", "twenty-one", "six", "a" as a number. */
export const NUMBER_WORDS = String.raw`\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven|eight|nine`

export function readNumber(words: string): number | undefined {
  const trimmed = words.trim().toLowerCase()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const total = trimmed.split(/[\s-]+/).reduce<number | undefined>((sum, word) => (sum === undefined || UNITS[word] === undefined ? undefined : sum + UNITS[word]), 0)
  return total === 0 ? undefined : total
}

/**
 * A period: "six months", "twenty one (21) days", "12 months’", "2 terms", "15 term-time days",
 * "five working days", "three full calendar years", "4 weeks", "72 hours".
 * Groups: 1 amount, 2 figure in brackets, 3 day qualifier, 4 unit.
 */
export const PERIOD = new RegExp(
  String.raw`\b(${NUMBER_WORDS})\s*(?:\((\d{1,3})\)\s*)?(?:full\s+)?(calendar\s+|working\s+|business\s+|school\s+|term[\s-]time\s+|clear\s+|financial\s+|academic\s+)?(hours?|days?|weeks?|months?|terms?|years?)\b(?:['’]s?|s['’])?`,
  'gi',
)

export interface FoundPeriod {
  period: Period
  /** "financial" for "7 financial years". */
  qualifier?: string
  start: number
  end: number
  text: string
}

export function readPeriod(match: RegExpExecArray): FoundPeriod | undefined {
  const amount = match[2] ? Number(match[2]) : readNumber(match[1])
  if (!amount) return undefined
  const qualifier = match[3]?.trim().toLowerCase().replace(/\s+/g, '-')
  const base = match[4].toLowerCase().replace(/s$/, '')
  let unit: PeriodUnit
  if (base === 'day') unit = qualifier === 'working' || qualifier === 'business' ? 'business_days' : qualifier === 'school' || qualifier === 'term-time' ? 'school_days' : 'calendar_days'
  else unit = ({ hour: 'hours', week: 'weeks', month: 'months', term: 'terms', year: 'years' } as const)[base as 'hour' | 'week' | 'month' | 'term' | 'year']
  return { period: { amount, unit }, qualifier, start: match.index, end: match.index + match[0].length, text: match[0] }
}

/** Every period in a text, in order. */
export function findPeriods(text: string): FoundPeriod[] {
  return [...text.matchAll(PERIOD)].flatMap((match) => readPeriod(match as RegExpExecArray) ?? [])
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTH_WORDS = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec`

/** "1st September 2018", "the 23rd February 2017", "31 March 2019", "September 1, 2018", "01/09/2018". */
export const DATE = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:day\s+)?of)?\s+(${MONTH_WORDS})\.?,?\s+(\d{4})|(${MONTH_WORDS})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})[/.](\d{1,2})[/.](\d{4}))\b`,
  'gi',
)

/** "5th April", "5 April", "April 5th" without a year: a day of every year. */
export const DAY_OF_YEAR = new RegExp(String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(${MONTH_WORDS})\b(?!\.?,?\s+\d{4})|(${MONTH_WORDS})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4}))`, 'gi')

export interface FoundDate {
  date: IsoDate
  start: number
  end: number
  text: string
}

/** Every full date in a text, read as a UK date (day first). */
export function findDates(text: string): FoundDate[] {
  return [...text.matchAll(DATE)].flatMap((match) => {
    const [, day1, month1, year1, month2, day2, year2, dayN, monthN, yearN] = match
    const day = Number(day1 ?? day2 ?? dayN)
    const month = month1 ?? month2 ? monthNumber(month1 ?? month2) : Number(monthN)
    const year = Number(year1 ?? year2 ?? yearN)
    const date = isoDate(year, month, day)
    return date ? [{ date, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, text: match[0] }] : []
  })
}

export interface FoundDayOfYear {
  day: DayOfYear
  start: number
  end: number
  text: string
}

export function findDaysOfYear(text: string): FoundDayOfYear[] {
  return [...text.matchAll(DAY_OF_YEAR)].flatMap((match) => {
    const day = Number(match[1] ?? match[4])
    const month = monthNumber(match[2] ?? match[3])
    if (!month || day < 1 || day > 31 || !isoDate(2001, month, day)) return []
    return [{ day: { day, month }, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, text: match[0] }]
  })
}

function monthNumber(name: string | undefined): number {
  if (!name) return 0
  const lower = name.toLowerCase().slice(0, 3)
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1
}

function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!month || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return undefined
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : undefined
}

/** "£10,000", "£8000", "£63,410", "£1.5m", "£346,8600" (a typo kept as written). Group 1 the figure. */
export const MONEY = /£\s?(\d{1,3}(?:,\d{3,4})+|\d+)(?:\.(\d{1,2}))?(\s?(?:m|million|k))?\b/gi

export interface FoundMoney {
  pence: number
  start: number
  end: number
  text: string
}

export function findMoney(text: string): FoundMoney[] {
  return [...text.matchAll(MONEY)].map((match) => {
    const pounds = Number(`${match[1].replace(/,/g, '')}.${match[2] ?? '0'}`)
    const scale = /m/i.test(match[3] ?? '') ? 1_000_000 : /k/i.test(match[3] ?? '') ? 1000 : 1
    const pence = Math.round(pounds * scale * 100)
    return { pence, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, text: match[0] }
  })
}

/** "85%", "75 per cent". */
export const PERCENTAGE = /\b(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b)/gi

export function findPercentages(text: string): Array<{ percentage: number; start: number; end: number }> {
  return [...text.matchAll(PERCENTAGE)].flatMap((match) => {
    const percentage = Number(match[1])
    return percentage <= 100 ? [{ percentage, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }] : []
  })
}

/** "2nd", "second", "20th" as a number. */
export function readOrdinal(word: string): number | undefined {
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(word.trim())
  if (digits) return Number(digits[1])
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
  const index = words.indexOf(word.trim().toLowerCase())
  return index >= 0 ? index + 1 : undefined
}

/** "16:00" from "4.00 pm", "4pm", "16:00", "5.30 p.m.". */
export function readClockTime(text: string): string | undefined {
  const match = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?=\W|$)/i.exec(text)
  if (!match) return undefined
  let hours = Number(match[1])
  const minutes = Number(match[2] ?? 0)
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '')
  if (!meridiem && match[2] === undefined) return undefined
  if (meridiem === 'pm' && hours < 12) hours += 12
  if (meridiem === 'am' && hours === 12) hours = 0
  if (hours > 23 || minutes > 59) return undefined
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
