// A clause's own words as a template whose slots are filled from its values (decision record 006):
// "by providing {{noticePeriod}} notification in writing" reads "by providing 3 months
// notification in writing" once the notice period is 3 months, and "[notice period]" while it is
// blank. One function fills the words for every reader (document, preview, review, API), and one
// checks that every slot names a value the clause kind has. Pure: no framework imports.
import type { z } from 'zod'
import type { RenderContext } from './clause-kind'
import { formatAlignment, formatDate, formatDayOfYear, formatDueRule, formatPercentage, formatPeriod, ordinal } from './format'
import { formatClockTime } from './notices'
import { numberInWords } from './number-words'
import { roleName, type Party } from './party'
import { schemasAtPath, valueTagOf, type TValueTag } from './value-types'
import type { Alignment, DayOfYear, DueRule, Period } from './values'

/** `{{noticePeriod}}`, `{{stages.0.timeLimit|words-figures}}`, `{{party.school.name}}`, `{{detail.district}}`. */
const SLOT = /\{\{\s*([^{}|]*?)\s*(?:\|\s*([^{}]*?)\s*)?\}\}/g

export const SLOT_STYLES = ['words', 'words-figures', 'ordinal'] as const
export type TSlotStyle = (typeof SLOT_STYLES)[number]

const PARTY_FIELDS = ['name', 'definedAs', 'noticeAddress'] as const
type TPartyField = (typeof PARTY_FIELDS)[number]

export type TSlot = {
  /** The slot as written, braces and all. */
  raw: string
  /** A path inside params, `party.<id>.<field>` or `detail.<key>`. */
  path: string
  style?: string
}

export function slotsOf(text: string): TSlot[] {
  return [...text.matchAll(SLOT)].map((match) => ({ raw: match[0], path: match[1], style: match[2] || undefined }))
}

export function hasSlots(text: string): boolean {
  return slotsOf(text).length > 0
}

function partySlot(path: string): { partyId: string; field: string } | undefined {
  const match = /^party\.([^.]+)\.([^.]+)$/.exec(path)
  return match ? { partyId: match[1], field: match[2] } : undefined
}

function detailSlot(path: string): string | undefined {
  return /^detail\.([^.]+)$/.exec(path)?.[1]
}

/** The detail slots that name no detail of the agreement. */
export function checkWordingDetails(text: string, keys: string[]): string[] {
  return slotsOf(text).flatMap((slot) => {
    const key = detailSlot(slot.path)
    if (key === undefined || keys.includes(key)) return []
    return [`The wording's slot ${slot.raw} names the detail "${key}", which this agreement does not have`]
  })
}

/** Free text with its `{{detail.<key>}}` slots filled (a SEIP partnership's name in Schedule 2). */
export function fillDetails(text: string, context: RenderContext): string {
  return text.replace(SLOT, (raw: string, path: string) => {
    const key = detailSlot(path)
    return key === undefined ? raw : fillDetailSlot({ raw }, key, context).text
  })
}

/** What is wrong with each slot of a clause's wording, given its kind's params schema. An empty
 * list means every slot names something that can be written. */
export function checkWordingSlots(schema: z.ZodType, kindLabel: string, text: string): string[] {
  return slotsOf(text).flatMap((slot) => slotProblem(schema, kindLabel, slot) ?? [])
}

/** The party slots that name no party of the agreement. */
export function checkWordingParties(text: string, parties: Party[]): string[] {
  return slotsOf(text).flatMap((slot) => {
    const party = partySlot(slot.path)
    if (!party || parties.some((candidate) => candidate.id === party.partyId)) return []
    return [`The wording's slot ${slot.raw} names the party "${party.partyId}", who is not a party to this agreement`]
  })
}

function slotProblem(schema: z.ZodType, kindLabel: string, slot: TSlot): string | undefined {
  if (slot.style !== undefined && !(SLOT_STYLES as readonly string[]).includes(slot.style)) {
    return `The wording's slot ${slot.raw} has the style "${slot.style}"; a slot's style is words, words-figures or ordinal`
  }
  if (!slot.path) return `The wording has an empty slot ${slot.raw}`
  if (detailSlot(slot.path) !== undefined) return undefined
  const party = partySlot(slot.path)
  if (party) {
    if ((PARTY_FIELDS as readonly string[]).includes(party.field)) return undefined
    return `The wording's slot ${slot.raw} asks for a party's "${party.field}"; a party slot gives its name, definedAs or noticeAddress`
  }
  const candidates = schemasAtPath(schema, slot.path)
  if (candidates.length === 0) return `The wording's slot ${slot.raw} is not a value of a ${kindLabel.toLowerCase()} clause`
  if (!candidates.some((candidate) => valueTagOf(candidate))) return `The wording's slot ${slot.raw} is not a value that can be written into words`
  return undefined
}

/** A slot with nothing to fill it: shown as "[notice period]" and a required blank at `path`
 * (`params.noticePeriod`, `parties.1.name`), so filling that field fills the words. */
export type TWordingBlank = { slot: string; path: string; label: string }

export type TFilledWording = { text: string; blanks: TWordingBlank[] }

export type TWordingClause = { params: unknown; text?: string }

/** The clause's words with every slot filled from its params and the agreement's parties. */
export function fillWording(clause: TWordingClause, schema: z.ZodType, context: RenderContext): TFilledWording {
  const blanks: TWordingBlank[] = []
  const text = (clause.text ?? '').replace(SLOT, (raw: string, path: string, style: string | undefined) => {
    const filled = fillSlot({ raw, path, style: style || undefined }, clause.params, schema, context)
    if (filled.blank) blanks.push(filled.blank)
    return filled.text
  })
  return { text, blanks }
}

function fillSlot(slot: TSlot, params: unknown, schema: z.ZodType, context: RenderContext): { text: string; blank?: TWordingBlank } {
  const detail = detailSlot(slot.path)
  if (detail !== undefined) return fillDetailSlot(slot, detail, context)
  const party = partySlot(slot.path)
  if (party) return fillPartySlot(slot, party.partyId, party.field as TPartyField, context)
  const tag = schemasAtPath(schema, slot.path).map(valueTagOf).find((candidate) => candidate !== undefined)
  const label = tag?.label || humanise(slot.path)
  const value = valueAt(params, slot.path)
  const written = tag && !isBlank(value) ? writeValue(tag, value, slot.style as TSlotStyle | undefined, context) : undefined
  if (written !== undefined) return { text: written }
  return { text: `[${lowerFirst(label)}]`, blank: { slot: slot.raw, path: `params.${slot.path}`, label } }
}

function fillPartySlot(slot: TSlot, partyId: string, field: TPartyField, context: RenderContext): { text: string; blank?: TWordingBlank } {
  const index = context.parties.findIndex((candidate) => candidate.id === partyId)
  const party = context.parties[index]
  const value = party?.[field]?.trim()
  if (value) return { text: value }
  const who = party?.definedAs ?? (party ? roleName(party.role) : partyId)
  const label = { name: `name of ${who}`, definedAs: `how ${who} is referred to`, noticeAddress: `address of ${who}` }[field] ?? `${field} of ${who}`
  return { text: `[${label}]`, blank: { slot: slot.raw, path: index >= 0 ? `parties.${index}.${field}` : `parties.${partyId}`, label } }
}

function fillDetailSlot(slot: Pick<TSlot, 'raw'>, key: string, context: RenderContext): { text: string; blank?: TWordingBlank } {
  const index = (context.details ?? []).findIndex((detail) => detail.key === key)
  const detail = context.details?.[index]
  if (detail?.value.trim()) return { text: detail.value.trim() }
  const label = detail?.label ?? humanise(key)
  return { text: `[${lowerFirst(label)}]`, blank: { slot: slot.raw, path: `content.details.${index}.value`, label } }
}

/** A value in words, as its type is written in an agreement. */
export function writeValue(tag: TValueTag, value: unknown, style: TSlotStyle | undefined, context: RenderContext): string | undefined {
  switch (tag.type) {
    case 'period':
      return writePeriod(value as Period, style)
    case 'count':
      return typeof value === 'number' ? writeNumber(value, style) : undefined
    case 'day-of-month':
      return typeof value === 'number' ? (style === 'ordinal' ? ordinal(value) : writeNumber(value, style)) : undefined
    case 'pence':
      return typeof value === 'number' ? formatMoney(value) : undefined
    case 'date':
      return typeof value === 'string' ? (style === 'ordinal' ? ordinalDate(value) : formatDate(value)) : undefined
    case 'day-of-year': {
      const day = value as DayOfYear
      return style === 'ordinal' ? formatDayOfYear(day).replace(/^\d+/, String(ordinal(day.day))) : formatDayOfYear(day)
    }
    case 'percentage':
      return typeof value === 'number' ? formatPercentage(value) : undefined
    case 'clock-time':
      return typeof value === 'string' ? formatClockTime(value) : undefined
    case 'notice-giver':
      return typeof value === 'string' ? writeGiver(value, context) : undefined
    case 'alignment':
      return formatAlignment(value as Alignment).replace(/^[,\s]+/, '')
    case 'due-rule':
      return formatDueRule(value as DueRule)
    case 'text':
      return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
  }
}

/** Who may give notice, as a sentence names them mid-way: "either party", "the Authority". */
function writeGiver(giver: string, context: RenderContext): string {
  if (giver === 'either') return 'either party'
  if (giver === 'any_member') return 'a member school'
  const party = context.parties.find((candidate) => candidate.id === giver)
  return party?.definedAs ?? (party?.name || giver)
}

function writeNumber(value: number, style: TSlotStyle | undefined): string {
  if (style === 'words') return numberInWords(value)
  if (style === 'words-figures') return `${numberInWords(value)} (${value})`
  if (style === 'ordinal') return ordinal(value)
  return String(value)
}

function writePeriod(period: Period, style: TSlotStyle | undefined): string {
  const inFigures = formatPeriod(period)
  const unit = inFigures.slice(String(period.amount).length)
  return `${writeNumber(period.amount, style)}${unit}`
}

/** Money as agreements write it: "£63,410", or "£21,136.67" where there are pence. */
export function formatMoney(pence: number): string {
  const pounds = pence / 100
  return `£${pounds.toLocaleString('en-GB', { minimumFractionDigits: pence % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`
}

/** "2017-02-01" -> "1st February 2017", as the Southend seed writes its dates. */
function ordinalDate(date: string): string {
  const words = formatDate(date)
  return words.replace(/^\d+/, (day) => ordinal(Number(day)))
}

function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined), value)
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

function humanise(path: string): string {
  const last = path.split('.').filter((key) => !/^\d+$/.test(key)).pop() ?? path
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** "Notice period" -> "notice period"; "KCC" stays. */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label
}
