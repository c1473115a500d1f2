// Structure edits of an agreement: clauses and sections inserted, deleted, moved and restored. Each
// returns new content (nothing is saved here) with numbering kept (numbering.ts) and
// cross-references following it (cross-references.ts). Positions are 0-based indexes: 0 is first.
// Pure; no framework imports.
import type { AgreementContent, ClauseInstance, Section } from './agreement-content'
import { restoreDeletedReferences, type ReferenceTarget } from './cross-references'
import { applyNumbering, clauseNumberingOf, planNumbering, renumberSectionClauses, type RenumberedContent, type SectionKind } from './numbering'

/** A structure edit that cannot be made, with the request field it concerns; `notFound` when the
 * clause or section it names (by the id in the address) is not in the agreement. */
export class StructureError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly notFound = false,
  ) {
    super(message)
    this.name = 'StructureError'
  }
}

export interface RemovedClause {
  clause: ClauseInstance
  sectionId: string
  position: number
}

export interface RemovedSection {
  section: Section
  position: number
}

/** `named` is a section the address names (deleting or moving it), not one chosen in the request. */
function sectionIndex(content: AgreementContent, sectionId: string, { named = false } = {}): number {
  const index = content.sections.findIndex((section) => section.id === sectionId)
  if (index >= 0) return index
  if (named) throw new StructureError('sectionId', 'There is no such section in this agreement', true)
  throw new StructureError('sectionId', 'Choose a section of this agreement')
}

function locateClause(content: AgreementContent, clauseId: string): { sectionIndex: number; clauseIndex: number } {
  for (const [index, section] of content.sections.entries()) {
    const clauseIndex = section.clauses.findIndex((clause) => clause.id === clauseId)
    if (clauseIndex >= 0) return { sectionIndex: index, clauseIndex }
  }
  throw new StructureError('clauseId', 'There is no such clause in this agreement', true)
}

function checkedPosition(position: number | undefined, length: number, field = 'position'): number {
  if (position === undefined) return length
  if (!Number.isInteger(position) || position < 0 || position > length) {
    throw new StructureError(field, `Position must be a whole number from 0 (first) to ${length} (last)`)
  }
  return position
}

function withClauses(content: AgreementContent, index: number, clauses: ClauseInstance[]): AgreementContent {
  return { sections: content.sections.map((section, at) => (at === index ? { ...section, clauses } : section)) }
}

function insertAt<Item>(items: Item[], position: number, item: Item): Item[] {
  return [...items.slice(0, position), item, ...items.slice(position)]
}

/** Adds a clause to a section, at the end unless a position is given. In a section numbered in
 * sequence it takes its place in the sequence, and the clauses after it move up one. */
export function insertClause(content: AgreementContent, { sectionId, position, clause }: { sectionId: string; position?: number; clause: ClauseInstance }): RenumberedContent & { clause: ClauseInstance } {
  const index = sectionIndex(content, sectionId)
  const section = content.sections[index]
  const at = checkedPosition(position, section.clauses.length)
  const plan = planNumbering(content, { touchedSections: [sectionId], sectionKinds: [] })
  const numbered = clauseNumberingOf(section).style === 'sequence'
  const edited = withClauses(content, index, insertAt(section.clauses, at, clause))
  const result = applyNumbering(content, edited, plan, { inserted: numbered ? [clause.id] : [] })
  return { ...result, clause: result.content.sections[index].clauses[at] }
}

/** Deletes a clause; references to it are marked "[deleted 17.2]" for the drafter to resolve. */
export function removeClause(content: AgreementContent, clauseId: string): RenumberedContent & { removed: RemovedClause } {
  const { sectionIndex: index, clauseIndex } = locateClause(content, clauseId)
  const section = content.sections[index]
  const clause = section.clauses[clauseIndex]
  const plan = planNumbering(content, { touchedSections: [section.id], sectionKinds: [] })
  const edited = withClauses(
    content,
    index,
    section.clauses.filter((candidate) => candidate.id !== clauseId),
  )
  const result = applyNumbering(content, edited, plan, { deleted: { clause: [clause.number, ...paragraphLabels(clause)] } })
  return { ...result, removed: { clause, sectionId: section.id, position: clauseIndex } }
}

/** Moves a clause to a position in its own section or another. */
export function moveClauseTo(content: AgreementContent, clauseId: string, { sectionId, position }: { sectionId?: string; position: number }): RenumberedContent {
  const from = locateClause(content, clauseId)
  const source = content.sections[from.sectionIndex]
  const targetId = sectionId ?? source.id
  const targetIndex = sectionIndex(content, targetId)
  const clause = source.clauses[from.clauseIndex]
  const plan = planNumbering(content, { touchedSections: [source.id, targetId], sectionKinds: [] })
  const removed: AgreementContent = withClauses(content, from.sectionIndex, source.clauses.filter((candidate) => candidate.id !== clauseId))
  const target = removed.sections[targetIndex]
  const at = checkedPosition(position, target.clauses.length)
  const targetStyle = clauseNumberingOf(content.sections[targetIndex]).style
  // Where clauses are unnumbered a moved clause is too; numbered by hand, it keeps its number.
  const moved = { ...clause, number: targetStyle === 'none' ? '' : clause.number } as ClauseInstance
  const edited = withClauses(removed, targetIndex, insertAt(target.clauses, at, moved))
  return applyNumbering(content, edited, plan, { inserted: targetStyle === 'sequence' ? [clauseId] : [] })
}

/** Puts a deleted clause back where it was (or as near as the section now allows), numbered as
 * the section is numbered, with the references marked deleted pointing at it again. */
export function restoreClause(content: AgreementContent, removed: RemovedClause): RenumberedContent & { clause: ClauseInstance } {
  if (content.sections.some((section) => section.clauses.some((clause) => clause.id === removed.clause.id))) {
    throw new StructureError('clauseId', 'This clause is already in the agreement')
  }
  const index = content.sections.findIndex((section) => section.id === removed.sectionId)
  if (index < 0) throw new StructureError('sectionId', 'The section this clause was in has been deleted: restore the section first')
  const position = Math.min(removed.position, content.sections[index].clauses.length)
  const inserted = insertClause(content, { sectionId: removed.sectionId, position, clause: removed.clause })
  return { ...inserted, content: restoreDeletedReferences(inserted.content, removed.clause.number, inserted.clause.number) }
}

function isNumberedGroup(content: AgreementContent, kind: SectionKind): boolean {
  const group = content.sections.filter((section) => section.kind === kind)
  // Kent PRU's main body has no numbered sections: one added there is unnumbered too.
  return group.length === 0 || group.some((section) => section.number)
}

/** Where a new section goes when no position is given: a section after the last numbered section
 * (before "Signatures" and the schedules); a schedule or appendix at the end. */
function defaultSectionPosition(content: AgreementContent, kind: SectionKind): number {
  if (kind !== 'section') return content.sections.length
  const lastNumbered = content.sections.findLastIndex((section) => section.kind === 'section' && section.number)
  if (lastNumbered >= 0) return lastNumbered + 1
  const firstSchedule = content.sections.findIndex((section) => section.kind !== 'section')
  return firstSchedule >= 0 ? firstSchedule : content.sections.length
}

export interface NewSection {
  id: string
  heading: string
  kind: SectionKind
  /** Only where sections are numbered by hand; a numbered sequence numbers it itself. */
  number?: string
}

/** Adds an empty section, schedule or appendix; sections numbered 1, 2, 3 are renumbered around it. */
export function insertSection(content: AgreementContent, { section, position }: { section: NewSection; position?: number }): RenumberedContent & { section: Section } {
  const at = position === undefined ? defaultSectionPosition(content, section.kind) : checkedPosition(position, content.sections.length)
  const plan = planNumbering(content, { touchedSections: [], sectionKinds: [section.kind] })
  const inSequence = plan.sectionKinds.has(section.kind)
  const number = inSequence ? (isNumberedGroup(content, section.kind) ? 'new' : undefined) : section.number || undefined
  const created: Section = { id: section.id, heading: section.heading, kind: section.kind, clauses: [], ...(number ? { number } : {}) }
  const result = applyNumbering(content, { sections: insertAt(content.sections, at, created) }, plan)
  return { ...result, section: result.content.sections[at] }
}

function paragraphLabels(clause: ClauseInstance): string[] {
  const paragraphs = (clause.params as { paragraphs?: Array<{ label?: string }> }).paragraphs
  return Array.isArray(paragraphs) ? paragraphs.flatMap((paragraph) => (paragraph.label && /^\d/.test(paragraph.label) ? [paragraph.label.replace(/\.$/, '')] : [])) : []
}

/** Deletes a section with its clauses; references to it and to its clauses are marked deleted. */
export function removeSection(content: AgreementContent, sectionId: string): RenumberedContent & { removed: RemovedSection } {
  const index = sectionIndex(content, sectionId, { named: true })
  const section = content.sections[index]
  const plan = planNumbering(content, { touchedSections: [], sectionKinds: [section.kind] })
  const edited = { sections: content.sections.filter((candidate) => candidate.id !== sectionId) }
  const target: ReferenceTarget = section.kind === 'section' ? 'clause' : section.kind
  const clauseNumbers = section.clauses.flatMap((clause) => [clause.number, ...paragraphLabels(clause)])
  const deleted = target === 'clause' ? { clause: [section.number ?? '', ...clauseNumbers] } : { [target]: [section.number ?? ''], clause: clauseNumbers }
  const result = applyNumbering(content, edited, plan, { deleted })
  return { ...result, removed: { section, position: index } }
}

/** Moves a section to a position among all sections; numbered sections are renumbered in their new order. */
export function moveSectionTo(content: AgreementContent, sectionId: string, position: number): RenumberedContent {
  const index = sectionIndex(content, sectionId, { named: true })
  const section = content.sections[index]
  const rest = content.sections.filter((candidate) => candidate.id !== sectionId)
  const at = checkedPosition(position, rest.length)
  const plan = planNumbering(content, { touchedSections: [], sectionKinds: [section.kind] })
  return applyNumbering(content, { sections: insertAt(rest, at, section) }, plan)
}

/** Puts a deleted section back with its clauses, numbered as its kind now is. References are
 * worked out against the agreement as it stands, so "clause 17.2" keeps meaning today's 17.2 and
 * only the "[deleted ...]" markers come back to the restored clauses. */
export function restoreSection(content: AgreementContent, removed: RemovedSection): RenumberedContent & { section: Section } {
  if (content.sections.some((section) => section.id === removed.section.id)) throw new StructureError('sectionId', 'This section is already in the agreement')
  const at = Math.min(removed.position, content.sections.length)
  const plan = planNumbering(content, { touchedSections: [], sectionKinds: [removed.section.kind] })
  const number = plan.sectionKinds.has(removed.section.kind) && removed.section.number ? 'new' : removed.section.number
  const placed: Section = { ...removed.section, ...(number ? { number } : {}) }
  const result = applyNumbering(content, { sections: insertAt(content.sections, at, placed) }, plan)
  const section = renumberSectionClauses(result.content.sections[at], clauseNumberingOf(removed.section), removed.section.number)
  let restored: AgreementContent = { sections: result.content.sections.map((candidate, index) => (index === at ? section : candidate)) }
  removed.section.clauses.forEach((clause, clauseIndex) => {
    restored = restoreDeletedReferences(restored, clause.number, section.clauses[clauseIndex]?.number ?? '')
  })
  if (removed.section.number) restored = restoreDeletedReferences(restored, removed.section.number, section.number ?? '')
  return { content: restored, changes: result.changes, section }
}

/** Changes a section's heading; its numbering stays as it is. */
export function renameSection(content: AgreementContent, sectionId: string, heading: string): AgreementContent {
  const index = sectionIndex(content, sectionId, { named: true })
  return { sections: content.sections.map((section, at) => (at === index ? { ...section, heading } : section)) }
}

/** One place up or down within its section; at either end it stays where it is. */
export function stepClause(content: AgreementContent, clauseId: string, direction: 'up' | 'down'): RenumberedContent {
  const { sectionIndex: index, clauseIndex } = locateClause(content, clauseId)
  const last = content.sections[index].clauses.length - 1
  const position = Math.min(last, Math.max(0, clauseIndex + (direction === 'up' ? -1 : 1)))
  if (position === clauseIndex) return { content, changes: [] }
  return moveClauseTo(content, clauseId, { position })
}

/** An id not yet used by any clause or section of the agreement: "termination-added-2". */
function freshId(content: AgreementContent, stem: string): string {
  const used = new Set(content.sections.flatMap((section) => [section.id, ...section.clauses.map((clause) => clause.id)]))
  // One more than there are ids is always enough to find a free one.
  for (let counter = 1; counter <= used.size + 1; counter += 1) {
    if (!used.has(`${stem}-added-${counter}`)) return `${stem}-added-${counter}`
  }
  throw new Error('unreachable: more ids in use than there are')
}

export function freshClauseId(content: AgreementContent, kind: string): string {
  return freshId(content, kind)
}

export function freshSectionId(content: AgreementContent): string {
  return freshId(content, 'section')
}

/** One place up or down among all sections; at either end it stays where it is. */
export function stepSection(content: AgreementContent, sectionId: string, direction: 'up' | 'down'): RenumberedContent {
  const index = sectionIndex(content, sectionId, { named: true })
  const position = Math.min(content.sections.length - 1, Math.max(0, index + (direction === 'up' ? -1 : 1)))
  if (position === index) return { content, changes: [] }
  return moveSectionTo(content, sectionId, position)
}
