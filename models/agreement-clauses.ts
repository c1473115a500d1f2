// Edits to an agreement's clauses as pure functions over the clause library's content shape: each
// returns new content (the stored agreement is untouched until a service saves the result) or the
// field messages that explain why the change was refused.
import type { AgreementContent, ClauseInstance, Section } from '#clauses/agreement-content'
import { getClauseKind } from '#clauses/index'
import { mainTermClause, termEnd } from '#clauses/timeline/term'
import type { IsoDate } from '#clauses/values'

export type TClauseEdit = {
  params?: unknown
  /** `null` or an empty string returns the clause to the wording generated from its params. */
  text?: string | null
  heading?: string
  number?: string
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
export type TEditableClause = { id: string; kind: string; number: string; heading: string; params: unknown; text?: string; requiredFields?: string[] }

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
  const { text: _oldText, ...rest } = clause
  const text = edit.text === undefined ? clause.text : edit.text?.trim() ? edit.text.replace(/\r\n/g, '\n') : undefined
  const edited = {
    ...rest,
    heading: edit.heading ?? clause.heading,
    number: edit.number ?? clause.number,
    params: parsed.data,
    ...(text === undefined ? {} : { text }),
  }
  return { success: true, clause: edited as ClauseInstance }
}

export function replaceClause(content: AgreementContent, clause: ClauseInstance): AgreementContent {
  return {
    sections: content.sections.map((section) => ({
      ...section,
      clauses: section.clauses.map((existing) => (existing.id === clause.id ? clause : existing)),
    })),
  }
}

/** Moves a clause one place up or down within its section; at either end nothing changes. */
export function moveClause(content: AgreementContent, clauseId: string, direction: 'up' | 'down'): AgreementContent {
  return {
    sections: content.sections.map((section) => {
      const index = section.clauses.findIndex((clause) => clause.id === clauseId)
      const target = direction === 'up' ? index - 1 : index + 1
      if (index < 0 || target < 0 || target >= section.clauses.length) return section
      const clauses = [...section.clauses]
      ;[clauses[index], clauses[target]] = [clauses[target], clauses[index]]
      return { ...section, clauses }
    }),
  }
}

export function appendClause(content: AgreementContent, sectionId: string, clause: ClauseInstance): AgreementContent {
  return {
    sections: content.sections.map((section) => (section.id === sectionId ? { ...section, clauses: [...section.clauses, clause] } : section)),
  }
}

/** A clause id not yet used in the agreement: "termination-2" after "termination". */
export function freshClauseId(content: AgreementContent, kind: string): string {
  const used = new Set(content.sections.flatMap((section) => section.clauses.map((clause) => clause.id)))
  for (let counter = 1; ; counter += 1) {
    const id = `${kind}-added-${counter}`
    if (!used.has(id)) return id
  }
}

/** The agreement's dates as its main term clause states them; a term given as a duration ("three
 * full calendar years") ends the day before its anniversary. */
export function termDatesOf(content: AgreementContent): { commencesOn: IsoDate | null; endsOn: IsoDate | null } {
  const main = mainTermClause(content)
  if (!main) return { commencesOn: null, endsOn: null }
  return { commencesOn: main.clause.params.commencesOn ?? null, endsOn: termEnd(main.clause.params, main.reference)?.date ?? null }
}
