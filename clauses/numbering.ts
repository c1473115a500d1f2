// Numbering kept automatically through structure edits. A section whose clauses run in sequence
// (14.1, 14.2, 14.3; Southend's "12, 12.1, 12.2"; a schedule's paragraphs 1, 2, 3) is renumbered
// after every insert, move or delete, as a word processor's numbered list would be; sections
// numbered 1, 2, 3 in order likewise. Numbering a seed keeps by hand (Kent PRU Schedule 1's "3(a)",
// "9.XXI"; SEIP's "16A", "16B"; free text holding its own "8.3" to "8.5") is left as written: a
// clause added there takes the number the drafter gives. Cross-references follow every change.
// Pure; no framework imports.
import type { AgreementContent, ClauseInstance, Section } from './agreement-content'
import { emptyReferenceChanges, rewriteCrossReferences, withRenumberedPrefix, type ReferenceChanges, type ReferenceTarget } from './cross-references'

export type SectionKind = Section['kind']

export type ClauseNumbering =
  /** Clauses are unnumbered (the Kent PRU main body): a new clause is too. */
  | { style: 'none' }
  /** Clauses numbered `prefix` + 1, 2, 3 in order, optionally after a lead clause numbered as the
   * section ("12" then "12.1"). */
  | { style: 'sequence'; prefix: string; lead: boolean }
  | { style: 'by_hand' }

const DIGITS = /^\d+$/

function hasNumberedLabels(clause: ClauseInstance): boolean {
  const paragraphs = (clause.params as { paragraphs?: Array<{ label?: string }> }).paragraphs
  const labelled = Array.isArray(paragraphs) && paragraphs.some((paragraph) => /^\d/.test(paragraph.label ?? ''))
  return labelled || /(^|\n\s*\n)\s*\d+(\.\d+)+\s/.test(clause.text ?? '')
}

function isSequence(numbers: string[], prefix: string, lead: string | undefined): boolean {
  const rest = lead !== undefined && numbers[0] === lead ? numbers.slice(1) : numbers
  return rest.every((number, index) => number === `${prefix}${index + 1}`)
}

/** How a section's clauses are numbered, read from the clauses themselves. */
export function clauseNumberingOf(section: Section): ClauseNumbering {
  const numbered = section.clauses.filter((clause) => clause.number)
  const sectionPrefix = section.number && section.kind === 'section' ? `${section.number}.` : ''
  if (section.clauses.length === 0) return section.number ? { style: 'sequence', prefix: sectionPrefix, lead: false } : { style: 'none' }
  // Unnumbered free text that numbers its own paragraphs cannot be renumbered around.
  if (section.clauses.some((clause) => !clause.number && hasNumberedLabels(clause))) return { style: 'by_hand' }
  if (numbered.length === 0) return { style: 'none' }
  const numbers = numbered.map((clause) => clause.number)
  const lead = section.number && section.kind === 'section' ? section.number : undefined
  if (sectionPrefix && isSequence(numbers, sectionPrefix, lead)) return { style: 'sequence', prefix: sectionPrefix, lead: numbers[0] === lead }
  if (isSequence(numbers, '', undefined)) return { style: 'sequence', prefix: '', lead: false }
  return { style: 'by_hand' }
}

/** Sections of one kind numbered 1, 2, 3 in order (unnumbered ones, such as "Signatures", aside). */
export function sectionsNumberedInSequence(sections: Section[], kind: SectionKind): boolean {
  const numbers = sections.filter((section) => section.kind === kind && section.number).map((section) => section.number ?? '')
  return numbers.every((number, index) => DIGITS.test(number) && Number(number) === index + 1)
}

export interface NumberingPlan {
  /** Sections (by id) whose clauses are renumbered, with how they were numbered before the edit. */
  sections: Map<string, ClauseNumbering>
  /** Kinds of section renumbered 1, 2, 3. */
  sectionKinds: Set<SectionKind>
}

/** Reads how the agreement is numbered before an edit, so numbering can be reapplied after it. */
export function planNumbering(content: AgreementContent, { touchedSections, sectionKinds }: { touchedSections: string[]; sectionKinds: SectionKind[] }): NumberingPlan {
  const sections = new Map<string, ClauseNumbering>()
  for (const section of content.sections) {
    // A renumbered section renumbers its clauses' prefixes too.
    if (touchedSections.includes(section.id) || sectionKinds.includes(section.kind)) sections.set(section.id, clauseNumberingOf(section))
  }
  const kinds = new Set(sectionKinds.filter((kind) => sectionsNumberedInSequence(content.sections, kind)))
  return { sections, sectionKinds: kinds }
}

export interface RenumberedContent {
  content: AgreementContent
  /** What changed, for the audit line: "clause 17.3 is now 17.4". */
  changes: Array<{ from: string; to: string }>
}

function renumberSections(sections: Section[], kinds: Set<SectionKind>): Section[] {
  const counters = new Map<SectionKind, number>()
  return sections.map((section) => {
    if (!kinds.has(section.kind) || !section.number) return section
    const next = (counters.get(section.kind) ?? 0) + 1
    counters.set(section.kind, next)
    return { ...section, number: String(next) }
  })
}

export interface NumberingChanges {
  /** Clauses the edit inserted: numbered in a numbered sequence even though they come unnumbered. */
  inserted?: string[]
  /** Numbers that no longer exist: the deleted clauses', a deleted section's ("clause 16"), a
   * deleted schedule's. References to them are marked deleted rather than left to point at whatever
   * is renumbered into their place. */
  deleted?: Partial<Record<ReferenceTarget, string[]>>
}

/** Paragraph labels a clause numbers itself ("8.3" in a free-text clause, "16.1.2" leading a
 * paragraph of hand-kept text) follow their section's new number. */
function withLabelsRenumbered(clause: ClauseInstance, prefixes: Map<string, string>): ClauseInstance {
  const paragraphs = (clause.params as { paragraphs?: Array<{ label?: string }> }).paragraphs
  const params = Array.isArray(paragraphs)
    ? { ...clause.params, paragraphs: paragraphs.map((paragraph) => (paragraph.label && /^\d/.test(paragraph.label) ? { ...paragraph, label: withRenumberedPrefix(paragraph.label, prefixes) } : paragraph)) }
    : clause.params
  const text = clause.text?.replace(/(^|\n\s*\n)(\s*)(\d+[A-Z]?(?:\.\d+[A-Z]?)+)(?=\.?\s)/g, (_match, start: string, space: string, label: string) => `${start}${space}${withRenumberedPrefix(label, prefixes)}`)
  return (text === undefined ? { ...clause, params } : { ...clause, params, text }) as ClauseInstance
}

/** A section's clauses numbered again after the section's own number changed from `oldNumber`,
 * in the style they had (`before`); `inserted` clauses are numbered even though they come unnumbered. */
export function renumberSectionClauses(section: Section, before: ClauseNumbering | undefined, oldNumber: string | undefined, inserted: Set<string> = new Set()): Section {
  const newNumber = section.number
  if (!before || before.style === 'none') return section
  if (before.style === 'by_hand') {
    if (!oldNumber || oldNumber === newNumber || !newNumber) return section
    const prefixes = new Map([[oldNumber, newNumber]])
    return { ...section, clauses: section.clauses.map((clause) => withLabelsRenumbered({ ...clause, number: clause.number ? withRenumberedPrefix(clause.number, prefixes) : '' } as ClauseInstance, prefixes)) }
  }
  const prefix = before.prefix && newNumber ? `${newNumber}.` : before.prefix
  let counter = 0
  const clauses = section.clauses.map((clause, index) => {
    if (!clause.number && !inserted.has(clause.id)) return clause
    // The lead clause stays the section's own number while it stays first.
    if (before.lead && index === 0 && clause.number === oldNumber && newNumber) return { ...clause, number: newNumber } as ClauseInstance
    counter += 1
    return { ...clause, number: `${prefix}${counter}` } as ClauseInstance
  })
  return { ...section, clauses }
}

/**
 * Applies the plan to the edited content: sections of a planned kind numbered 1, 2, 3; clauses of
 * each planned section renumbered in its style; every cross-reference rewritten from old to new
 * numbers, and references to deleted numbers marked deleted.
 */
export function applyNumbering(before: AgreementContent, edited: AgreementContent, plan: NumberingPlan, { inserted = [], deleted = {} }: NumberingChanges = {}): RenumberedContent {
  const oldSections = new Map(before.sections.map((section) => [section.id, section]))
  const insertedIds = new Set(inserted)
  const sections = renumberSections(edited.sections, plan.sectionKinds).map((section) =>
    renumberSectionClauses(section, plan.sections.get(section.id), oldSections.get(section.id)?.number, insertedIds),
  )
  const references = referenceChanges(before, sections, deleted)
  const changes = [...references.renumbered.clause].map(([from, to]) => ({ from, to }))
  return { content: rewriteCrossReferences({ sections }, references), changes }
}

function referenceChanges(before: AgreementContent, after: Section[], deleted: Partial<Record<ReferenceTarget, string[]>>): ReferenceChanges {
  const changes = emptyReferenceChanges()
  const newSections = new Map(after.map((section) => [section.id, section]))
  const newClauses = new Map(after.flatMap((section) => section.clauses.map((clause) => [clause.id, clause.number])))
  // A number another remaining clause still has (the SEIP seed numbers two clauses 12.9) is not gone.
  const remaining = new Set<string>()
  const gone = (target: ReferenceTarget, number: string) => changes.deleted[target].add(number)
  for (const section of before.sections) {
    const renumbered = newSections.get(section.id)?.number
    const target: ReferenceTarget = section.kind === 'section' ? 'clause' : section.kind
    if (section.number && renumbered !== section.number) {
      if (renumbered) changes.renumbered[target].set(section.number, renumbered)
      else if (newSections.has(section.id)) gone(target, section.number)
      if (renumbered && section.kind === 'section') changes.sectionPrefixes.set(section.number, renumbered)
    }
    for (const clause of section.clauses) {
      if (!newClauses.has(clause.id) || !clause.number) continue
      const number = newClauses.get(clause.id)
      if (number === clause.number) remaining.add(clause.number)
      else if (number) changes.renumbered.clause.set(clause.number, number)
      // A clause moved where clauses are unnumbered keeps no number to be referred to by.
      else gone('clause', clause.number)
    }
  }
  for (const [target, numbers] of Object.entries(deleted) as Array<[ReferenceTarget, string[]]>) {
    for (const number of numbers) if (number && !remaining.has(number)) gone(target, number)
  }
  return changes
}
