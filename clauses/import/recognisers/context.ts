// What every recogniser is given: the clause, its sentences, the words around it (section heading,
// the rest of the section) and the parties read from the document, so "The Authority may
// terminate" can name the party that holds the right.
import type { TPartyRole } from '../../party'
import type { SourceSentence } from '../sentences'
import type { ImportedClause, ImportedSection } from '../structure'

export interface ImportedParty {
  /** "authority", "party-2": the ids the proposed agreement uses. */
  id: string
  role: TPartyRole
  /** Empty where the document leaves a blank ("THE GOVERNING BODY OF xxx"). */
  name: string
  definedAs?: string
  address?: string
}

export interface RecogniserInput {
  clause: ImportedClause
  section: ImportedSection
  sentences: SourceSentence[]
  /** Every sentence of the section, for a term a section states across its clauses (a dispute procedure). */
  sectionSentences: SourceSentence[]
  parties: ImportedParty[]
}

/** The clause's heading and its section's, lower-cased, for rules that need to know the topic. */
export function topicOf({ clause, section }: RecogniserInput): string {
  return `${section.heading} ${clause.heading}`.toLowerCase()
}

/**
 * Who a sentence gives a right to: "Either party" -> "either", "A member school" -> "any_member",
 * "The Authority" (or the name or defined term of a party) -> that party's id. Undefined where
 * the sentence does not say.
 */
export function giverOf(text: string, parties: ImportedParty[]): string | undefined {
  if (/\beither party\b|\bany party\b|\beach party\b|\beither of the parties\b/i.test(text)) return 'either'
  if (/\b(?:a|any) member school\b/i.test(text)) return 'any_member'
  const subject = /^(.{0,120}?)\s+(?:may|shall be entitled to|is entitled to|will be entitled to|can)\b/i.exec(text)?.[1] ?? ''
  return partyNamed(subject, parties)?.id
}

/** The party a phrase names, by its defined term ("the Authority", "KCC") or its name. */
export function partyNamed(phrase: string, parties: ImportedParty[]): ImportedParty | undefined {
  const lower = ` ${phrase.toLowerCase()} `
  const byTerm = parties.find((party) => party.definedAs && lower.includes(` ${party.definedAs.toLowerCase().replace(/^the\s+/, '')}`))
  if (byTerm) return byTerm
  const byName = parties.find((party) => party.name && lower.includes(party.name.toLowerCase()))
  if (byName) return byName
  // The words councils use for themselves in their own agreements; an imported agreement always
  // has the importing authority as its party "authority", named or not.
  if (/\b(?:the authority|the council|the local authority|the la|the county council)\b/.test(lower)) return parties.find((party) => party.role === 'authority') ?? { id: 'authority', role: 'authority', name: '' }
  return undefined
}

/** Trims a phrase taken from inside a sentence: spaces, a trailing comma or full stop. */
export function tidy(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').replace(/^[\s,;:]+|[\s,;:.]+$/g, '')
}
