// The agreement an import becomes once a person has decided on its proposals. Every word of the
// document is kept: an accepted proposal makes the sentences it was read from (and the unnumbered
// text after them) a typed clause that keeps the document's own wording; everything else stays as
// free text or a table under the document's own numbers and headings. Nothing rejected or left
// undecided is typed, so nothing of it produces a deadline or an obligation.
import type { AgreementContent, ClauseInstance, Section } from '../agreement-content'
import type { Paragraph } from '../document-model'
import type { ClauseKindName } from '../index'
import type { Party } from '../party'
import type { ClauseProposal } from './proposal'
import type { ImportedParty } from './recognisers/context'
import { splitSentences } from './sentences'
import { findDates, findDaysOfYear, findMoney, findPercentages, findPeriods } from './words'
import type { ImportedClause, ImportedSection, ImportedStructure } from './structure'

export interface AcceptedProposal {
  proposal: ClauseProposal
  /** The params as the person left them (edited or as proposed). */
  params: unknown
}

export interface BuiltImport {
  parties: Party[]
  content: AgreementContent
}

/** A run of the clause's words with the proposal (if any) that owns it. */
interface Piece {
  owner: AcceptedProposal | undefined
  paragraphs: Array<{ label?: string; level: number; text: string }>
}

export function buildImportedAgreement(structure: ImportedStructure, parties: ImportedParty[], accepted: AcceptedProposal[]): BuiltImport {
  const byClause = new Map<string, AcceptedProposal[]>()
  for (const item of accepted) byClause.set(item.proposal.clauseId, [...(byClause.get(item.proposal.clauseId) ?? []), item])
  const sections = structure.sections.map((section) => buildSection(section, byClause))
  markRestatedTerms(sections)
  return { parties: importedParties(parties), content: { sections } }
}

function buildSection(section: ImportedSection, byClause: Map<string, AcceptedProposal[]>): Section {
  const clauses: ClauseInstance[] = []
  let lentHeading: string | undefined
  section.clauses.forEach((clause, index) => {
    const next = section.clauses[index + 1]
    const heading = clause.heading || lentHeading || ''
    lentHeading = undefined
    // A heading with nothing under it ("5 Monitoring" before "5.1") lends its words to the clause after it.
    if (clause.paragraphs.length === 0 && clause.tables.length === 0) {
      const words = [clause.number, heading].filter(Boolean).join(' ')
      if (next && !next.heading) lentHeading = words
      else if (words) clauses.push(freeText(clause.id, '', '', [{ level: 0, text: words }]))
      return
    }
    clauses.push(...buildClause({ ...clause, heading }, byClause.get(clause.id) ?? []))
  })
  return { id: section.id, ...(section.number !== undefined ? { number: section.number } : {}), heading: section.heading, kind: section.kind, clauses }
}

function buildClause(clause: ImportedClause, accepted: AcceptedProposal[]): ClauseInstance[] {
  // A signature block is drawn from its values, not from words: the document's own lines ("Print
  // name ...", "Date ...") stay as text and the typed block follows them.
  const signatureBlocks = accepted.filter(({ proposal }) => proposal.kind === 'signature-block')
  const pieces = piecesOf(clause, accepted.filter((item) => !signatureBlocks.includes(item)))
  const built: ClauseInstance[] = pieces.map((piece, index) => {
    const id = index === 0 ? clause.id : `${clause.id}.${index + 1}`
    const number = index === 0 ? clause.number : ''
    const heading = index === 0 ? clause.heading : ''
    if (!piece.owner) return freeText(id, number, heading, piece.paragraphs)
    return typed(id, number, heading, piece.owner, piece.paragraphs)
  })
  clause.tables.forEach((table, index) => {
    const id = `${clause.id}.t${index + 1}`
    const owner = accepted.find(({ proposal }) => proposal.facts.some((fact) => fact.sentence.blockId === table.blockId))
    // A table read as typed KPIs is rendered from their values; the document's own table is kept
    // after it, so no cell of it is lost.
    if (owner) built.push(typed(`${id}.kpis`, built.length === 0 ? clause.number : '', '', owner, []))
    const [header, ...rows] = table.rows
    built.push({ id, kind: 'table', number: built.length === 0 ? clause.number : '', heading: built.length === 0 ? clause.heading : '', params: { header, rows } })
  })
  signatureBlocks.forEach((owner, index) => built.push(typed(`${clause.id}.signatures${index + 1}`, '', '', owner, [])))
  return built
}

/**
 * The clause's sentences in order, each owned by the accepted proposal read from it; sentences no
 * proposal was read from stay with the words before them. A paragraph is split at a sentence
 * boundary only where two owners meet inside it.
 */
function piecesOf(clause: ImportedClause, accepted: AcceptedProposal[]): Piece[] {
  const ownerOf = (blockId: string, start: number, end: number) =>
    accepted.find(({ proposal }) => proposal.facts.some((fact) => fact.typed !== false && fact.sentence.blockId === blockId && fact.sentence.start < end && fact.sentence.end > start))
  // A sentence no proposal was read from stays with the typed words before it only when it states
  // no figure: a typed clause's wording is checked against its values (decision record 006), and
  // a figure its values do not hold would be flagged as a difference.
  const follows = (text: string) => {
    const last = pieces[pieces.length - 1]
    return last?.owner && !statesFigure(text) ? last.owner : undefined
  }
  const pieces: Piece[] = []
  const pieceFor = (owner: AcceptedProposal | undefined) => {
    const last = pieces[pieces.length - 1]
    if (last && last.owner === owner) return { piece: last, fresh: false }
    const piece: Piece = { owner, paragraphs: [] }
    pieces.push(piece)
    return { piece, fresh: true }
  }
  for (const paragraph of clause.paragraphs) {
    const sentences = splitSentences(paragraph.text)
    // A label whose words the document lost ("VI." alone) is still kept, as its own paragraph.
    if (sentences.length === 0) {
      pieceFor(follows(paragraph.label ?? '')).piece.paragraphs.push({ level: paragraph.level, text: paragraph.label ?? '' })
      continue
    }
    let open: Piece['paragraphs'][number] | undefined
    for (const sentence of sentences) {
      const owner = ownerOf(paragraph.blockId, paragraph.offset + sentence.start, paragraph.offset + sentence.end) ?? follows(sentence.text)
      const { piece, fresh } = pieceFor(owner)
      if (open && !fresh) {
        open.text = `${open.text} ${sentence.text}`
        continue
      }
      open = { ...(paragraph.label && sentence.start === 0 ? { label: paragraph.label } : {}), level: paragraph.level, text: sentence.text }
      piece.paragraphs.push(open)
    }
  }
  return pieces.filter((piece) => piece.paragraphs.length > 0)
}

function statesFigure(text: string): boolean {
  return findPeriods(text).length + findMoney(text).length + findDates(text).length + findDaysOfYear(text).length + findPercentages(text).length > 0
}

function freeText(id: string, number: string, heading: string, paragraphs: Piece['paragraphs']): ClauseInstance {
  const kept: Paragraph[] = paragraphs.filter((paragraph) => paragraph.text.trim()).map(({ label, level, text }) => ({ ...(label ? { label } : {}), ...(level ? { level: Math.min(level, 3) } : {}), text }))
  return { id, kind: 'free-text', number, heading, params: { paragraphs: kept.length > 0 ? kept : [{ text: heading || number || ' ' }] } }
}

/** The proposal's kind and params with the document's own words as the clause's wording. */
function typed(id: string, number: string, heading: string, owner: AcceptedProposal, paragraphs: Piece['paragraphs']): ClauseInstance {
  const text = paragraphs.map((paragraph) => (paragraph.label ? `${paragraph.label} ${paragraph.text}` : paragraph.text)).join('\n\n')
  return { id, kind: owner.proposal.kind as ClauseKindName, number, heading, params: owner.params, ...(text ? { text } : {}) } as ClauseInstance
}

/** A schedule that states the term again (Kent PRU Schedule 1 clause 2) restates the first term clause, so the term counts once. */
function markRestatedTerms(sections: Section[]) {
  const terms = sections.flatMap((section) => section.clauses.flatMap((clause) => (clause.kind === 'term' ? [{ clause, section }] : [])))
  // The clause that states the term is the first that dates it; an extension clause alone does not.
  const main = terms.find(({ clause }) => clause.params.commencesOn || clause.params.endsOn || clause.params.duration) ?? terms[0]
  if (!main) return
  const reference = main.clause.number || main.clause.heading || main.section.heading || main.clause.id
  for (const { clause } of terms) {
    if (clause !== main.clause) clause.params = { ...clause.params, restatesClause: reference }
  }
}

function importedParties(parties: ImportedParty[]): Party[] {
  return parties.map((party) => ({
    id: party.id,
    role: party.role,
    name: party.name,
    ...(party.definedAs ? { definedAs: party.definedAs } : {}),
    ...(party.address ? { noticeAddress: party.address } : {}),
  }))
}
