// Cross-references in an agreement's wording ("as set out in Clause 8", "clauses 17.4 and 17.5",
// "Schedule 2"): found in hand-kept text and in every string parameter, rewritten when structure
// edits renumber what they point to, and listed when they point at nothing. Leicestershire SEIP
// clause 3.1 refers to "Clause 16" and "Clause 8 of this Agreement"; STLS 13.5 to clause 13.3.
// A reference to a deleted clause becomes "[deleted 17.2]" so it can never silently point at the
// clause renumbered into its place; that marker is a blank the drafter must resolve before review.
// Pure; no framework imports.
import { clauseName, type AgreementContent, type ClauseInstance, type Section } from './agreement-content'

/** "16", "16B", "16.1", "16B.3", "3(a)". */
const NUMBER = String.raw`\d+[A-Z]?(?:\.\d+[A-Z]?)*(?:\([a-z0-9]{1,4}\))?`
const SEPARATOR = String.raw`\s*(?:,|and|or|to|–|-)\s*`
/** "clause 8", "Clauses 17.4 and 17.5", "Schedule 2", "Appendix 1". "Section" and "paragraph" are
 * left alone: "section 51A" of an Act and a schedule's "paragraph 3" are not this agreement's clauses. */
const REFERENCE = new RegExp(String.raw`\b(clauses?|schedules?|appendix|appendices)(\s+)(${NUMBER}(?:${SEPARATOR}${NUMBER})*)`, 'gi')
const NUMBER_IN_LIST = new RegExp(NUMBER, 'gi')
const OTHER_DOCUMENT = /^\s+(?:of|in|to)\s+(?:the|an?)\s+(?!Agreement\b|Memorandum\b)/i
const DELETED_MARKER = /\[deleted ([^\]\s]+)\]/g

export type ReferenceTarget = 'clause' | 'schedule' | 'appendix'

export interface CrossReference {
  clauseId: string
  target: ReferenceTarget
  /** The number as written: "16.1". */
  number: string
}

export interface BrokenReference extends CrossReference {
  /** How a drafter finds the clause that holds it: "Clause 3.1", "the "Funding" clause". */
  clauseName: string
  message: string
}

function targetOf(word: string): ReferenceTarget {
  const lower = word.toLowerCase()
  if (lower.startsWith('schedule')) return 'schedule'
  if (lower.startsWith('appendi')) return 'appendix'
  return 'clause'
}

/** Applies `replace` to every number of every reference in `text`. */
function mapReferences(text: string, replace: (target: ReferenceTarget, number: string) => string): string {
  return text.replace(REFERENCE, (match, word: string, space: string, list: string, offset: number) => {
    // "Schedule 7 of the Partnership Agreement" is another document's (SEIP MOU 1.2.3); "Clause 8 of this Agreement" is this one's.
    if (OTHER_DOCUMENT.test(text.slice(offset + match.length, offset + match.length + 40))) return match
    const target = targetOf(word)
    return `${word}${space}${list.replace(NUMBER_IN_LIST, (number) => replace(target, number))}`
  })
}

function referencesIn(text: string): Array<{ target: ReferenceTarget; number: string }> {
  const found: Array<{ target: ReferenceTarget; number: string }> = []
  mapReferences(text, (target, number) => {
    found.push({ target, number })
    return number
  })
  return found
}

/** Every piece of wording a clause holds: its hand-kept text and each string in its params. */
function wordingOf(clause: ClauseInstance): string[] {
  const strings: string[] = clause.text === undefined ? [] : [clause.text]
  collectStrings(clause.params, strings)
  return strings
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into))
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => collectStrings(item, into))
}

function mapStrings<Value>(value: Value, change: (text: string) => string): Value {
  if (typeof value === 'string') return change(value) as Value
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change)) as Value
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, change)])) as Value
  return value
}

/** Rewrites every string of every clause (hand-kept text and params) through `change`. */
export function mapWording(content: AgreementContent, change: (text: string) => string): AgreementContent {
  return {
    sections: content.sections.map((section) => ({
      ...section,
      clauses: section.clauses.map((clause) => {
        const params = mapStrings(clause.params, change)
        return (clause.text === undefined ? { ...clause, params } : { ...clause, params, text: change(clause.text) }) as ClauseInstance
      }),
    })),
  }
}

export function listCrossReferences(content: AgreementContent): CrossReference[] {
  return content.sections.flatMap((section) =>
    section.clauses.flatMap((clause) => wordingOf(clause).flatMap((text) => referencesIn(text).map((reference) => ({ clauseId: clause.id, ...reference })))),
  )
}

/** Labels written inside wording: free-text paragraphs labelled "3.1", hand text starting "16.1.2". */
const LEADING_LABEL = /^(\d+[A-Z]?(?:\.\d+[A-Z]?)*)\.?\s/
function labelsIn(clause: ClauseInstance): string[] {
  const labels: string[] = []
  const paragraphs = (clause.params as { paragraphs?: Array<{ label?: string }> }).paragraphs
  if (Array.isArray(paragraphs)) {
    for (const paragraph of paragraphs) if (paragraph.label) labels.push(paragraph.label.replace(/\.$/, ''))
  }
  for (const paragraph of clause.text?.split(/\n\s*\n/) ?? []) {
    const label = LEADING_LABEL.exec(paragraph.trim())?.[1]
    if (label) labels.push(label)
  }
  return labels
}

/** What a reference can point at: clause numbers, section numbers (Kent STLS "clause 14" is
 * section 14) and numbered paragraphs inside wording; schedule and appendix numbers. */
function knownTargets(content: AgreementContent): Record<ReferenceTarget, Set<string>> {
  const known: Record<ReferenceTarget, Set<string>> = { clause: new Set(), schedule: new Set(), appendix: new Set() }
  for (const section of content.sections) {
    if (section.number) known[section.kind === 'section' ? 'clause' : section.kind].add(section.number.toUpperCase())
    const named = NAMED_IN_HEADING.exec(section.heading)
    if (named) known[targetOf(named[1])].add(named[2].toUpperCase())
    for (const clause of section.clauses) {
      if (clause.number) known.clause.add(clause.number.toUpperCase())
      for (const label of labelsIn(clause)) known.clause.add(label.toUpperCase())
    }
  }
  return known
}

/** "Clause 16" is resolved by 16A and 16B (Leicestershire SEIP 3.1), "clause 8" by 8.1. */
function resolves(known: Set<string>, number: string): boolean {
  const upper = number.toUpperCase().replace(/\([A-Z0-9]+\)$/, '')
  if (known.has(upper)) return true
  for (const candidate of known) if (candidate.startsWith(upper) && /^[A-Z.(]/.test(candidate.slice(upper.length))) return true
  return false
}

/** An unnumbered schedule or appendix named in its heading: "Appendix 1: STLS Key Performance Indicators". */
const NAMED_IN_HEADING = /^(schedule|appendix)\s+(\d+[A-Z]?)\b/i

const TARGET_WORDS: Record<ReferenceTarget, string> = { clause: 'clause', schedule: 'Schedule', appendix: 'Appendix' }

/** What a "[deleted 2]" marker stood for: the reference word just before it ("Schedule [deleted 2]",
 * "clauses 17.1 and [deleted 17.2]"). */
function deletedTarget(before: string): ReferenceTarget {
  const word = /\b(clauses?|schedules?|appendix|appendices)\b[^.;]*$/i.exec(before)?.[1]
  return word ? targetOf(word) : 'clause'
}

/** References to a deleted clause, and to numbers this agreement does not have. */
export function findBrokenCrossReferences(content: AgreementContent): BrokenReference[] {
  const known = knownTargets(content)
  return content.sections.flatMap((section) =>
    section.clauses.flatMap((clause) =>
      wordingOf(clause).flatMap((text) => {
        const name = clauseName(clause, section)
        const deleted = [...text.matchAll(DELETED_MARKER)].map(({ 1: number, index }) => {
          const target = deletedTarget(text.slice(Math.max(0, index - 60), index))
          return {
            clauseId: clause.id,
            clauseName: name,
            target,
            number,
            message: `${name} refers to ${TARGET_WORDS[target]} ${number}, which has been deleted: change the wording or restore it`,
          }
        })
        const missing = referencesIn(text)
          .filter(({ target, number }) => !resolves(known[target], number))
          .map(({ target, number }) => ({
            clauseId: clause.id,
            clauseName: name,
            target,
            number,
            message: `${name} refers to ${TARGET_WORDS[target]} ${number}, which this agreement does not have`,
          }))
        return [...deleted, ...missing]
      }),
    ),
  )
}

export interface ReferenceChanges {
  /** Old number to new, by what the reference names. */
  renumbered: Record<ReferenceTarget, Map<string, string>>
  /** Section numbers that changed ("17" -> "16"): a number inside the section ("17.2.1") that is
   * not a clause of its own keeps its place under the new section number. */
  sectionPrefixes: Map<string, string>
  /** Numbers that no longer exist, by what the reference names. */
  deleted: Record<ReferenceTarget, Set<string>>
}

export function emptyReferenceChanges(): ReferenceChanges {
  return {
    renumbered: { clause: new Map(), schedule: new Map(), appendix: new Map() },
    sectionPrefixes: new Map(),
    deleted: { clause: new Set(), schedule: new Set(), appendix: new Set() },
  }
}

function hasChanges(changes: ReferenceChanges): boolean {
  return changes.sectionPrefixes.size > 0 || [...Object.values(changes.renumbered), ...Object.values(changes.deleted)].some((entries) => entries.size > 0)
}

/** The new number for `number` under a renumbered prefix: "17.2.1" with 17 -> 16 is "16.2.1". */
export function withRenumberedPrefix(number: string, prefixes: Map<string, string>): string {
  const parts = number.split('.')
  for (let length = parts.length; length >= 1; length--) {
    const prefix = parts.slice(0, length).join('.')
    const renamed = prefixes.get(prefix.replace(/\([a-z0-9]+\)$/i, ''))
    if (renamed !== undefined) return [prefix.replace(/^[^(]+/, renamed), ...parts.slice(length)].join('.')
  }
  return number
}

function renumberReference(target: ReferenceTarget, number: string, changes: ReferenceChanges): string {
  const suffix = /\([a-z0-9]+\)$/i.exec(number)?.[0] ?? ''
  const bare = suffix ? number.slice(0, -suffix.length) : number
  if (changes.deleted[target].has(bare)) return `[deleted ${number}]`
  const renamed = changes.renumbered[target].get(bare)
  if (renamed !== undefined) return `${renamed}${suffix}`
  return target === 'clause' ? withRenumberedPrefix(number, changes.sectionPrefixes) : number
}

/** Rewrites every cross-reference in one pass, so "16 -> 15" and "15 -> 14" never chain. */
export function rewriteCrossReferences(content: AgreementContent, changes: ReferenceChanges): AgreementContent {
  if (!hasChanges(changes)) return content
  return mapWording(content, (text) => mapReferences(text, (target, number) => renumberReference(target, number, changes)))
}

/** A restored clause takes back the references that were marked deleted with its old number. */
export function restoreDeletedReferences(content: AgreementContent, oldNumber: string, newNumber: string): AgreementContent {
  if (!oldNumber) return content
  return mapWording(content, (text) => text.replace(DELETED_MARKER, (marker, number: string) => (number === oldNumber && newNumber ? newNumber : marker)))
}
