// The structure of an agreement's content: sections and schedules of numbered clauses, each clause
// a kind with typed params, plus the parties. Validation returns field-level issues with full
// paths (`sections.4.clauses.0.params.noticePeriod.amount`); the "ready for legal review" check
// lists required blanks the drafter has still to fill in (the seeds' "xxx", "[INSERT]").
import { z } from 'zod'
import { clauseKinds, getClauseKind, type ClauseKindName, type ClauseParams } from './index'
import { ZPartySchema, type Party } from './party'

export { ZPartySchema, ZPartyRole, type Party, type TPartyRole } from './party'

export type ClauseInstance = {
  [Name in ClauseKindName]: {
    id: string
    kind: Name
    /** "17.1"; empty for an unnumbered clause (the Kent PRU main body has headings, no numbers). */
    number: string
    heading: string
    params: ClauseParams<Name>
    /** Hand-edited wording; the params still carry the meaning. Paragraphs are separated by a blank line. */
    text?: string
    /** Paths inside params that must be filled before legal review (seed blanks such as "£xxx"). */
    requiredFields?: string[]
  }
}[ClauseKindName]

export interface Section {
  id: string
  number?: string
  heading: string
  /** Schedules and appendices start on a new page and number apart from the sections. */
  kind: 'section' | 'schedule' | 'appendix'
  clauses: ClauseInstance[]
}

export interface AgreementContent {
  sections: Section[]
}

export interface AgreementDraft {
  parties: Party[]
  content: AgreementContent
}

const clauseShape = {
  id: z.string().min(1, 'Clause id must not be empty'),
  number: z.string(),
  heading: z.string(),
  text: z.string().optional(),
  requiredFields: z.array(z.string()).optional(),
}

const [firstKind, ...otherKinds] = clauseKinds.map((definition) =>
  z.object({ ...clauseShape, kind: z.literal(definition.kind), params: definition.schema }),
)

// zod infers the union of the kinds' objects but not the pairing of each kind with its params
// that ClauseInstance spells out, so the schema is typed by hand; the parse is the same.
export const ZClauseInstanceSchema = z.discriminatedUnion('kind', [firstKind, ...otherKinds], {
  error: `Clause kind must be one of: ${clauseKinds.map((definition) => definition.kind).join(', ')}`,
}) as unknown as z.ZodType<ClauseInstance>

export const ZSectionSchema = z.object({
  id: z.string().min(1, 'Section id must not be empty'),
  number: z.string().optional(),
  heading: z.string(),
  kind: z.enum(['section', 'schedule', 'appendix'], { error: 'Section kind must be section, schedule or appendix' }),
  clauses: z.array(ZClauseInstanceSchema),
})

export const ZAgreementContentSchema = z.object({ sections: z.array(ZSectionSchema) })

export const ZAgreementDraftSchema = z
  .object({ parties: z.array(ZPartySchema), content: ZAgreementContentSchema })
  .superRefine((draft, context) => {
    const partyIds = new Set(draft.parties.map((party) => party.id))
    draft.content.sections.forEach((section, sectionIndex) => {
      section.clauses.forEach((clause, clauseIndex) => {
        if (clause.kind !== 'parties-and-signatories' && clause.kind !== 'signature-block') return
        clause.params.signatories.forEach((signatory, signatoryIndex) => {
          if (partyIds.has(signatory.partyId)) return
          context.addIssue({
            code: 'custom',
            path: ['content', 'sections', sectionIndex, 'clauses', clauseIndex, 'params', 'signatories', signatoryIndex, 'partyId'],
            message: `Signing party "${signatory.partyId}" is not a party to this agreement`,
          })
        })
      })
    })
  })

export interface FieldIssue {
  /** Dotted path from the validated object: "sections.4.clauses.0.params.noticePeriod.amount". */
  path: string
  message: string
}

export type ValidationResult<Value> = { success: true; value: Value } | { success: false; issues: FieldIssue[] }

export function validateAgreementContent(content: unknown): ValidationResult<AgreementContent> {
  return toResult(ZAgreementContentSchema.safeParse(content))
}

export function validateAgreementDraft(draft: unknown): ValidationResult<AgreementDraft> {
  return toResult(ZAgreementDraftSchema.safeParse(draft))
}

function toResult<Value>(result: { success: true; data: unknown } | { success: false; error: z.ZodError }): ValidationResult<Value> {
  if (result.success) return { success: true, value: result.data as Value }
  return { success: false, issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) }
}

/** The clause of a kind with a given number: `findClause(content, 'termination', '17.1')`. */
export function findClause<Name extends ClauseKindName>(content: AgreementContent, kind: Name, number: string): Extract<ClauseInstance, { kind: Name }> | undefined {
  for (const section of content.sections) {
    const found = section.clauses.find((clause) => clause.kind === kind && clause.number === number)
    if (found) return found as Extract<ClauseInstance, { kind: Name }>
  }
  return undefined
}

export interface RequiredBlank {
  path: string
  message: string
}

/** Placeholders the seeds leave for the drafter: "xxx", "£[xxx]", "[INSERT]", "[XXXXXXX]",
 * "<Insert Partnership Name>", "[Name of School or Academy]", "dd/mm/yyyy", dotted or dashed lines;
 * and "[deleted 17.2]", a reference to a clause the drafter deleted (cross-references.ts). */
const PLACEHOLDER = /\bx{3,}\b|\by{3,}\b|\[(?:insert|name of|deleted )[^\]]*\]|<insert[^>]*>|dd\/mm\/yyyy|\.{6,}|…{2,}|-{6,}/i

export function findPlaceholder(text: string): string | undefined {
  return PLACEHOLDER.exec(text)?.[0]
}

/** Every required blank still empty: blank party names, clause fields the template marks as
 * required, and placeholders left in any wording. An empty list means ready for legal review. */
export function listRequiredBlanks(draft: AgreementDraft): RequiredBlank[] {
  const blanks: RequiredBlank[] = []
  draft.parties.forEach((party, index) => {
    if (!party.name.trim() || findPlaceholder(party.name)) {
      blanks.push({ path: `parties.${index}.name`, message: `Enter the name of the ${party.role.replace('_', ' ')}` })
    }
  })
  draft.content.sections.forEach((section, sectionIndex) => {
    const sectionPath = `content.sections.${sectionIndex}`
    collectPlaceholders(section.heading, `${sectionPath}.heading`, `Section "${section.heading}"`, blanks)
    section.clauses.forEach((clause, clauseIndex) => {
      const clausePath = `${sectionPath}.clauses.${clauseIndex}`
      const name = clauseName(clause, section)
      const labels = getClauseKind(clause.kind)?.fieldLabels ?? {}
      for (const field of clause.requiredFields ?? []) {
        if (isBlank(valueAt(clause.params, field))) {
          blanks.push({ path: `${clausePath}.params.${field}`, message: `${name}: ${labels[field] ?? field} is still blank` })
        }
      }
      if (clause.text !== undefined) collectPlaceholders(clause.text, `${clausePath}.text`, name, blanks)
      collectPlaceholders(clause.params, `${clausePath}.params`, name, blanks)
    })
  })
  return blanks
}

export function isReadyForLegalReview(draft: AgreementDraft): boolean {
  return listRequiredBlanks(draft).length === 0
}

/** "Clause 17.1", or for an unnumbered clause its heading or its section's. */
function clauseName(clause: ClauseInstance, section: Section): string {
  if (clause.number) return `Clause ${clause.number}`
  return `The "${clause.heading || section.heading}" clause`
}

function collectPlaceholders(value: unknown, path: string, name: string, blanks: RequiredBlank[]): void {
  if (typeof value === 'string') {
    const placeholder = findPlaceholder(value)
    if (placeholder) blanks.push({ path, message: `${name} still has the blank "${placeholder}" to fill in` })
    return
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectPlaceholders(item, `${path}.${index}`, name, blanks))
    return
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectPlaceholders(item, `${path}.${key}`, name, blanks)
  }
}

function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined), value)
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}
