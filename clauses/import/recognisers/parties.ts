// The parties, from the agreement's opening ("This AGREEMENT is made BETWEEN: Trinity Catholic
// School (“the Responsible Body”) and Nottingham City Council of Loxley House, Station Street,
// Nottingham, NG2 3NG (“the Authority”)", or in one sentence: "This agreement is between Southend
// Borough Council (LA) and Parallel Learning Trust (PLT)"), with the name, address and defined
// term of each; and the signatories, from "Signed for and on behalf of ..." blocks.
import { findPlaceholder } from '../../agreement-content'
import type { TPartyRole } from '../../party'
import { fact, untyped, type Fact, type ProposalDraft } from '../proposal'
import { clauseSentences, type SourceSentence } from '../sentences'
import type { ImportedClause, ImportedSection, ImportedStructure } from '../structure'
import { partyNamed, tidy, type ImportedParty } from './context'

export interface PartiesFound {
  parties: ImportedParty[]
  /** The clause that names them, and the proposal for it. */
  clauseId?: string
  draft?: ProposalDraft<'parties-and-signatories'>
}

const BETWEEN_MARK = /^(?:this (?:agreement|memorandum)[^.]{0,40}?\s)?between:?$/i
const STOP = /^(?:whereas|recitals?|background|it is hereby agreed|it is agreed|now it is agreed|dated\b)/i
const ONE_SENTENCE = /\b(?:agreement|memorandum|contract|sla)\b[^.]{0,40}?\bbetween\s+(.{3,120}?)\s*(?:\(([^)]{1,60})\))?\s+and\s+(.{3,120}?)\s*(?:\(([^)]{1,60})\))?\s*[.;]?$/i

/** Reads the parties from the first sections of the document. */
export function recogniseParties(structure: ImportedStructure): PartiesFound {
  for (const { clause } of openingClauses(structure)) {
    const sentences = clauseSentences(clause)
    const block = partyBlock(clause, sentences)
    if (block.length >= 2) return found(clause, block)
    for (const sentence of sentences) {
      const match = ONE_SENTENCE.exec(sentence.text)
      if (!match) continue
      const first = readParty(`${match[1]}${match[2] ? ` (${match[2]})` : ''}`)
      const second = readParty(`${match[3]}${match[4] ? ` (${match[4]})` : ''}`)
      if (first && second) return found(clause, [{ party: first, sentence }, { party: second, sentence }])
    }
  }
  return { parties: [] }
}

function openingClauses(structure: ImportedStructure): Array<{ section: ImportedSection; clause: ImportedClause }> {
  return structure.sections.slice(0, 4).flatMap((section) => section.clauses.slice(0, 3).map((clause) => ({ section, clause })))
}

type ReadParty = Omit<ImportedParty, 'id' | 'role'> & { roleHint: TPartyRole | undefined }

/** Paragraphs after "BETWEEN", separated by "and", until the recitals or the first clause. */
function partyBlock(clause: ImportedClause, sentences: SourceSentence[]): Array<{ party: ReadParty; sentence: SourceSentence }> {
  const start = clause.paragraphs.map((paragraph) => paragraph.text.trim()).findLastIndex((text) => BETWEEN_MARK.test(text) || /\bmade\s+between:?$/i.test(text))
  if (start < 0) return []
  const block: Array<{ party: ReadParty; sentence: SourceSentence }> = []
  for (let index = start + 1; index < clause.paragraphs.length; index += 1) {
    const text = clause.paragraphs[index].text.trim()
    if (STOP.test(text) || clause.paragraphs[index].label) break
    if (/^and$/i.test(text)) continue
    const party = readParty(text)
    const sentence = sentences.find((candidate) => candidate.paragraph === index)
    if (!party || !sentence) break
    block.push({ party, sentence })
  }
  return block
}

/** "Nottingham City Council of Loxley House, Station Street, Nottingham, NG2 3NG (“the Authority”)". */
function readParty(text: string): ReadParty | undefined {
  const defined = /\((?:[^()]*?\bas\s+)?[“"']?((?:the\s+)?[^“”"'()]+?)[”"']?(?:\s+or\s+[^()]*)?\)\s*[.,;]?\s*(?:[A-Z][^()]*)?$/i.exec(text)
  const withoutDefined = defined ? text.slice(0, defined.index) : text
  // "[Name of School or Academy]" is a blank, not a name with an address after "of".
  const blank = /^\s*(\[[^\]]*\]|<[^>]*>)/.exec(withoutDefined)
  const [namePart, ...addressParts] = blank ? [blank[1], ...withoutDefined.slice(blank[0].length).split(/\s+of\s+(?=[A-Z0-9])/).slice(1)] : withoutDefined.split(/\s+of\s+(?=[A-Z0-9])/)
  const name = cleanName(namePart.split(/,\s+(?:acting|a\s|an\s|whose)/i)[0])
  const address = addressParts.length > 0 ? tidy(addressParts.join(' of ')) : undefined
  if (!name && !defined) return undefined
  if (name.split(/\s+/).length > 12) return undefined
  const definedAs = defined ? tidy(defined[1]) : undefined
  return {
    name: findPlaceholder(name) || /\bxxx\b/i.test(name) ? '' : name,
    ...(definedAs ? { definedAs } : {}),
    ...(address ? { address } : {}),
    roleHint: roleOf(`${name} ${definedAs ?? ''} ${namePart}`),
  }
}

function cleanName(raw: string): string {
  let name = tidy(raw)
  // "THE KENT COUNTY COUNCIL" as the document shouts it reads "Kent County Council".
  if (name === name.toUpperCase() && /[A-Z]{3}/.test(name)) {
    name = name.toLowerCase().replace(/\b([a-z])/g, (letter) => letter.toUpperCase()).replace(/\b(Of|And|The|For)\b/g, (word) => word.toLowerCase())
  }
  return name.replace(/^the\s+/i, '')
}

function roleOf(words: string): TPartyRole | undefined {
  if (/\b(?:county council|city council|borough council|district council|council|local authority|the authority|\bLA\b|KCC|LCC)\b/i.test(words) && !/\bgoverning body\b/i.test(words)) return 'authority'
  if (/\bresponsible body\b/i.test(words)) return 'responsible_body'
  if (/\blead school\b/i.test(words)) return 'lead_school'
  if (/\bgoverning body\b|\bschool\b/i.test(words)) return 'governing_body'
  return undefined
}

function found(clause: ImportedClause, block: Array<{ party: ReadParty; sentence: SourceSentence }>): PartiesFound {
  const parties: ImportedParty[] = []
  for (const { party } of block) {
    const { roleHint, ...rest } = party
    const authority = roleHint === 'authority' && !parties.some((existing) => existing.role === 'authority')
    parties.push({ ...rest, id: authority ? 'authority' : `party-${parties.length + 1}`, role: authority ? 'authority' : roleHint === 'authority' ? 'provider' : (roleHint ?? 'provider') })
  }
  const facts: Fact[] = block.map(({ party, sentence }, index) => {
    const summary = `${parties[index].name || '[name left blank]'}${party.address ? `, ${party.address}` : ''}${party.definedAs ? ` ("${party.definedAs}")` : ''}`
    return fact('party', { name: parties[index].name.toLowerCase(), ...(party.definedAs ? { definedAs: party.definedAs } : {}) }, summary, sentence, parties[index].name ? 0.85 : 0.6)
  })
  const draft: ProposalDraft<'parties-and-signatories'> = {
    kind: 'parties-and-signatories',
    params: { opening: 'This Agreement is made', parties: parties.map((party) => ({ partyId: party.id })), signatories: [] },
    facts,
  }
  return { parties, clauseId: clause.id, draft }
}

const SIGNED_FOR = /^(?:signed\s+)?(?:for and\s+)?on behalf of\s+(.{2,120}?)(?:\s*[:,]?\s*)$/i
// "Signature Signature For and on behalf [insert name of Member School]": a signing line within other words.
const SIGNED_FOR_WITHIN = /\b(?:[Ss]igned\s+)?[Ff]or and on behalf(?: of)?\s+(\[[^\]]+\]|(?:the\s+)?[A-Z][^.;:()]{1,80}?)(?=\s+(?:by|Date|Signature|Name)\b|\s*[:(]|$)/
const ROLE = /\b(?:chair(?:man|person)?|head(?:teacher)?|principal|director|officer|governors?|clerk|manager|secretary|executive|member)\b/i

/** Who signs for whom: "Signed for and on behalf of KCC", "On behalf of Leicestershire County
 * Council", "Signed" above a party's name, or the same words in a table of signature boxes. */
export function recogniseSignatories(clause: ImportedClause, parties: ImportedParty[]): ProposalDraft<'signature-block'>[] {
  const sentences = clauseSentences(clause)
  const signatories: Array<{ id: string; partyId: string; role: string }> = []
  const facts: Fact[] = []
  const add = (partyText: string, role: string, sentence: SourceSentence) => {
    const party = partyNamed(partyText, parties) ?? (/\bgoverning body\b/i.test(partyText) ? parties.find((candidate) => candidate.role === 'governing_body') : undefined)
    const read = fact('signatory', { party: partyText.toLowerCase() }, `Signed for ${partyText} by the ${role}${party ? '' : ' (not a party the document names: add the party to type it)'}`, sentence, party ? 0.8 : 0.5)
    facts.push(party ? read : untyped(read))
    if (party && !signatories.some((existing) => existing.partyId === party.id && existing.role === role)) {
      signatories.push({ id: `signatory-${signatories.length + 1}`, partyId: party.id, role })
    }
  }
  clause.paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text.trim()
    const sentence = sentences.find((candidate) => candidate.paragraph === index)
    if (!sentence) return
    const nextText = clause.paragraphs[index + 1]?.text.trim() ?? ''
    const match = SIGNED_FOR.exec(text) ?? SIGNED_FOR_WITHIN.exec(text)
    // "Signed" on a line of its own, the party's name on the next.
    // "Signed" on a line of its own, the party's name on the next (unless that line says "On behalf of", read in its turn).
    const signedAbove = /^signed:?$/i.test(text) && nextText && !/^(?:signed\s+)?(?:for and\s+)?on behalf\b/i.test(nextText)
    const partyText = match ? tidy(match[1].replace(/\s*\(.*$/, '')) : signedAbove ? tidy(nextText) : undefined
    if (!partyText) return
    const role = /\(([^)]*(?:chair|head|director|officer|governor)[^)]*)\)/i.exec(text)?.[1] ?? (match && nextText.length <= 60 && ROLE.test(nextText) ? tidy(nextText) : 'Authorised signatory')
    add(partyText, role, sentence)
  })
  for (const table of clause.tables) {
    const anchor = sentences[0]
    if (!anchor) break
    for (const cell of table.rows.flat()) {
      const match = /^(?:signed\s+)?(?:for and\s+)?on behalf of\s+(.{2,80})$/i.exec(cell.trim())
      if (match) add(tidy(match[1]), 'Authorised signatory', { ...anchor, blockId: table.blockId, start: 0, end: 0, text: cell })
    }
  }
  if (facts.length === 0) return []
  const attestation = clause.paragraphs.find((paragraph) => /^in witness\b/i.test(paragraph.text))?.text
  return [{ kind: 'signature-block', params: { signatories, ...(attestation ? { attestation } : {}) }, facts }]
}
