// Edits to an agreement's clauses as pure functions over the clause library's content shape: each
// returns new content (the stored agreement is untouched until a service saves the result) or the
// field messages that explain why the change was refused.
import { isDeepStrictEqual } from 'node:util'
import { wordingSlotProblems, type AgreementContent, type ClauseInstance, type Section } from '#clauses/agreement-content'
import { getClauseKind } from '#clauses/index'
import { mainTermClause, termEnd } from '#clauses/timeline/term'
import type { IsoDate } from '#clauses/values'

export type TClauseEdit = {
  params?: unknown
  /** `null` or an empty string returns the clause to the wording generated from its params. */
  text?: string | null
  heading?: string
  number?: string
  /** Template proposals the drafter confirms as agreed, by path inside params. */
  confirmProposals?: string[]
}

/** Field path (`params.noticePeriod.amount`) to message. */
export type TClauseFieldErrors = Record<string, string>

export type TClauseEditResult = { success: true; clause: ClauseInstance } | { success: false; fields: TClauseFieldErrors }

export type TClauseLocation = { section: Section; sectionIndex: number; clause: ClauseInstance; clauseIndex: number }

export function findClause(content: AgreementContent, clauseId: string): TClauseLocation | undefined {
  for (const [sectionIndex, section] of content.sections.entries()) {
    const clauseIndex = section.clauses.findIndex((clause) => clause.id === clauseId)
    if (clauseIndex >= 0) return { section, sectionIndex, clause: section.clauses[clauseIndex], clauseIndex }
  }
  return undefined
}

/** Applies an edit to one clause, checking the params against the clause kind's schema. */
/** A clause as stored, or a new one whose params are still to be filled in. */
export type TEditableClause = { id: string; kind: string; number: string; heading: string; params: unknown; text?: string; requiredFields?: string[]; proposals?: string[] }

/** The longest a clause's wording may be: the longest seed clause is under 3,000 characters. */
export const MAX_CLAUSE_WORDING_CHARACTERS = 20_000

const WORDING_TOO_LONG = `A clause’s wording must be ${MAX_CLAUSE_WORDING_CHARACTERS.toLocaleString('en-GB')} characters or fewer: split it into several clauses`

/** The characters of every piece of text in a clause's values, which its rendered wording repeats.
 * Walked with a stack, not recursion, so no nesting of a posted value can overflow it. */
function textLength(value: unknown): number {
  let total = 0
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const next = pending.pop()
    if (typeof next === 'string') total += next.length
    else if (next && typeof next === 'object') for (const inner of Object.values(next)) pending.push(inner)
  }
  return total
}

function wordingProblem(edit: TClauseEdit): Record<string, string> | undefined {
  if (typeof edit.text === 'string' && edit.text.length > MAX_CLAUSE_WORDING_CHARACTERS) return { text: WORDING_TOO_LONG }
  if (textLength(edit.params) > MAX_CLAUSE_WORDING_CHARACTERS) return { params: WORDING_TOO_LONG }
  return undefined
}

export function editClause(clause: TEditableClause, edit: TClauseEdit): TClauseEditResult {
  const definition = getClauseKind(clause.kind)
  if (!definition) return { success: false, fields: { kind: `There is no kind of clause called "${clause.kind}"` } }
  // Checked before the values are parsed, and so before anything renders them.
  const tooLong = wordingProblem(edit)
  if (tooLong) return { success: false, fields: tooLong }
  const parsed = definition.schema.safeParse(edit.params === undefined ? clause.params : edit.params)
  if (!parsed.success) {
    const fields: TClauseFieldErrors = {}
    for (const issue of parsed.error.issues) fields[['params', ...issue.path.map(String)].join('.')] ??= issue.message
    return { success: false, fields }
  }
  const { text: _oldText, proposals: _oldProposals, ...rest } = clause
  const text = edit.text === undefined ? clause.text : edit.text?.trim() ? edit.text.replace(/\r\n/g, '\n') : undefined
  const [slotProblem] = wordingSlotProblems({ kind: clause.kind, text })
  if (slotProblem) return { success: false, fields: { text: slotProblem } }
  const proposals = remainingProposals(clause, parsed.data, edit.confirmProposals ?? [])
  const edited = {
    ...rest,
    heading: edit.heading ?? clause.heading,
    number: edit.number ?? clause.number,
    params: parsed.data,
    ...(text === undefined ? {} : { text }),
    ...(proposals.length > 0 ? { proposals } : {}),
  }
  return { success: true, clause: edited as ClauseInstance }
}

/** A proposal stays one until the drafter confirms it or saves a different value in its place
 * (decision record 006). */
function remainingProposals(clause: TEditableClause, params: unknown, confirmed: string[]): string[] {
  return (clause.proposals ?? []).filter((path) => !confirmed.includes(path) && isDeepStrictEqual(valueAt(params, path), valueAt(clause.params, path)))
}

function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined), value)
}

export function replaceClause(content: AgreementContent, clause: ClauseInstance): AgreementContent {
  return {
    sections: content.sections.map((section) => ({
      ...section,
      clauses: section.clauses.map((existing) => (existing.id === clause.id ? clause : existing)),
    })),
  }
}

/** The agreement's dates as its main term clause states them; a term given as a duration ("three
 * full calendar years") ends the day before its anniversary; an evergreen term has no end date. */
export function termDatesOf(content: AgreementContent): { commencesOn: IsoDate | null; endsOn: IsoDate | null } {
  const main = mainTermClause(content)
  if (!main) return { commencesOn: null, endsOn: null }
  // An agreement that renews automatically has no end date until notice is given.
  const endsOn = main.clause.params.autoRenewal ? null : (termEnd(main.clause.params, main.reference)?.date ?? null)
  return { commencesOn: main.clause.params.commencesOn ?? null, endsOn }
}
