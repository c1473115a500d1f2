// The structure of an agreement's content: sections and schedules of numbered clauses, each clause
// a kind with typed params, plus the parties. Validation returns field-level issues with full
// paths (`sections.4.clauses.0.params.noticePeriod.amount`); the "ready for legal review" check
// lists required blanks the drafter has still to fill in (the seeds' "xxx", "[INSERT]").
import { z } from 'zod'
import type { RenderContext } from './clause-kind'
import { clauseKinds, getClauseKind, type ClauseKindName, type ClauseParams } from './index'
import { ZPartySchema, type Party } from './party'
import { checkWordingDetails, checkWordingParties, checkWordingSlots, fillWording, lowerFirst, type TWordingBlank } from './wording'

export { ZPartySchema, ZPartyRole, type Party, type TPartyRole } from './party'

export type ClauseInstance = {
  [Name in ClauseKindName]: {
    id: string
    kind: Name
    /** "17.1"; empty for an unnumbered clause (the Kent PRU main body has headings, no numbers). */
    number: string
    /** The seed's label of an item inside its numbered clause ("VII" of Kent PRU Schedule 1 clause
     * 7), for a clause typed apart from the rest of its number: printed in its words, cited as
     * "paragraph 7(VII)", never as a number of its own. */
    item?: string
    heading: string
    params: ClauseParams<Name>
    /** The clause's own words, kept where they read differently from the generated wording: a
     * wording template whose `{{slots}}` are filled from the params (decision record 006).
     * Paragraphs are separated by a blank line. */
    text?: string
    /** Paths inside params that must be filled before legal review (seed blanks such as "£xxx"). */
    requiredFields?: string[]
    /** Paths inside params whose value a template proposes and its seed does not state (Kent PRU's
     * annual meeting "on 1 December"): not agreed until the drafter confirms or changes it. */
    proposals?: string[]
    /** Typing errors in the seed that the template corrects, shown to legal in the review view. */
    corrections?: TSeedCorrection[]
  }
}[ClauseKindName]

export type TSeedCorrection = { seed: string; corrected: string }

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
  /** Named values the wording refers to that are no clause's terms: the District of a Kent STLS
   * agreement, a SEIP partnership's name. Written into words by `{{detail.<key>}}` slots and a
   * required blank while empty (decision record 006). */
  details?: TAgreementDetail[]
}

export type TAgreementDetail = { key: string; label: string; value: string }

export interface AgreementDraft {
  parties: Party[]
  content: AgreementContent
}

const clauseShape = {
  id: z.string().min(1, 'Clause id must not be empty'),
  number: z.string(),
  item: z.string().optional(),
  heading: z.string(),
  text: z.string().optional(),
  requiredFields: z.array(z.string()).optional(),
  proposals: z.array(z.string()).optional(),
  corrections: z.array(z.object({ seed: z.string(), corrected: z.string() })).optional(),
}

const [firstKind, ...otherKinds] = clauseKinds.map((definition) =>
  z.object({ ...clauseShape, kind: z.literal(definition.kind), params: definition.schema }),
)

// zod infers the union of the kinds' objects but not the pairing of each kind with its params
// that ClauseInstance spells out, so the schema is typed by hand; the parse is the same.
export const ZClauseInstanceSchema = z
  .discriminatedUnion('kind', [firstKind, ...otherKinds], {
    error: `Clause kind must be one of: ${clauseKinds.map((definition) => definition.kind).join(', ')}`,
  })
  .superRefine((clause, context) => {
    for (const message of wordingSlotProblems(clause)) context.addIssue({ code: 'custom', path: ['text'], message })
  }) as unknown as z.ZodType<ClauseInstance>

/** Every slot of a clause's wording must name a value of its kind (decision record 006). */
export function wordingSlotProblems(clause: { kind: string; text?: string }): string[] {
  const definition = getClauseKind(clause.kind)
  if (!definition || clause.text === undefined) return []
  return checkWordingSlots(definition.schema, definition.label, clause.text)
}

export const ZSectionSchema = z.object({
  id: z.string().min(1, 'Section id must not be empty'),
  number: z.string().optional(),
  heading: z.string(),
  kind: z.enum(['section', 'schedule', 'appendix'], { error: 'Section kind must be section, schedule or appendix' }),
  clauses: z.array(ZClauseInstanceSchema),
})

export const ZAgreementDetailSchema = z.object({
  key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'A detail’s key is a word such as "district"'),
  label: z.string().trim().min(1, 'A detail needs a label'),
  value: z.string({ error: 'A detail’s value must be text' }).trim().max(1000, 'A detail must be 1,000 characters or fewer'),
})

export const ZAgreementContentSchema = z
  .object({ sections: z.array(ZSectionSchema), details: z.array(ZAgreementDetailSchema).optional() })
  .superRefine((content, context) => {
    const keys = (content.details ?? []).map((detail) => detail.key)
    content.sections.forEach((section, sectionIndex) => {
      section.clauses.forEach((clause, clauseIndex) => {
        for (const [field, text] of detailWritingTexts(clause)) {
          for (const message of checkWordingDetails(text, keys)) {
            context.addIssue({ code: 'custom', path: ['sections', sectionIndex, 'clauses', clauseIndex, ...field], message })
          }
        }
      })
    })
  })

/** Where a clause may name the agreement's details: its own words, its heading and, for free text,
 * each paragraph (Leicestershire SEIP Schedule 2). */
function detailWritingTexts(clause: { kind: string; heading: string; text?: string; params: unknown }): Array<[Array<string | number>, string]> {
  const texts: Array<[Array<string | number>, string]> = [
    [['text'], clause.text ?? ''],
    [['heading'], clause.heading],
  ]
  if (clause.kind !== 'free-text') return texts
  const { paragraphs } = clause.params as { paragraphs: Array<{ text: string }> }
  return [...texts, ...paragraphs.map((paragraph, index): [Array<string | number>, string] => [['params', 'paragraphs', index, 'text'], paragraph.text])]
}

export const ZAgreementDraftSchema = z
  .object({ parties: z.array(ZPartySchema), content: ZAgreementContentSchema })
  .superRefine((draft, context) => {
    const partyIds = new Set(draft.parties.map((party) => party.id))
    draft.content.sections.forEach((section, sectionIndex) => {
      section.clauses.forEach((clause, clauseIndex) => {
        for (const message of checkWordingParties(clause.text ?? '', draft.parties)) {
          context.addIssue({ code: 'custom', path: ['content', 'sections', sectionIndex, 'clauses', clauseIndex, 'text'], message })
        }
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

/** The notices clause that serves notices at "the address stated in this Agreement" (Kent STLS
 * 16.2), so every party's address must be in it. */
export function noticesServedAtStatedAddress(content: AgreementContent): { clause: ClauseInstance; section: Section } | undefined {
  for (const section of content.sections) {
    const clause = section.clauses.find((candidate) => candidate.kind === 'notices' && candidate.params.addressForService === 'stated_in_agreement')
    if (clause) return { clause, section }
  }
  return undefined
}

/** The clause of a kind with a given number: `findClause(content, 'termination', '17.1')`, or an
 * item typed apart inside its number as it is cited: `findClause(content, 'reporting', '7(VII)')`. */
export function findClause<Name extends ClauseKindName>(content: AgreementContent, kind: Name, number: string): Extract<ClauseInstance, { kind: Name }> | undefined {
  const cited = (clause: ClauseInstance) => (clause.item ? `${clause.number}(${clause.item})` : clause.number)
  for (const section of content.sections) {
    const found = section.clauses.find((clause) => clause.kind === kind && (clause.number === number || cited(clause) === number))
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
 * required, wording slots with no value yet, and placeholders left in any wording. An empty list
 * means ready for legal review. */
export function listRequiredBlanks(draft: AgreementDraft): RequiredBlank[] {
  const blanks: RequiredBlank[] = []
  const context: RenderContext = { parties: draft.parties, details: draft.content.details }
  ;(draft.content.details ?? []).forEach((detail, index) => {
    if (!detail.value.trim()) blanks.push({ path: `content.details.${index}.value`, message: `Enter the ${lowerFirst(detail.label)}` })
  })
  const servedAt = noticesServedAtStatedAddress(draft.content)
  draft.parties.forEach((party, index) => {
    if (!party.name.trim() || findPlaceholder(party.name)) {
      blanks.push({ path: `parties.${index}.name`, message: `Enter the name of the ${party.role.replace('_', ' ')}` })
    }
    if (servedAt && party.role !== 'member_school' && !party.noticeAddress?.trim()) {
      const who = party.definedAs ?? party.role.replace('_', ' ')
      blanks.push({ path: `parties.${index}.noticeAddress`, message: `Enter the address of ${who}: ${clauseName(servedAt.clause, servedAt.section)} serves notices at the address stated in this Agreement` })
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
      for (const blank of wordingBlanks(clause, context)) {
        const path = blank.path.startsWith('params.') ? `${clausePath}.${blank.path}` : blank.path
        blanks.push({ path, message: `${name}: ${blank.label} is still blank` })
      }
      if (clause.text !== undefined) collectPlaceholders(clause.text, `${clausePath}.text`, name, blanks)
      collectPlaceholders(clause.params, `${clausePath}.params`, name, blanks)
    })
  })
  // A field the template marks required and a slot it fills are one blank; so is a party named
  // in several clauses' wording.
  return blanks.filter((blank, index) => blanks.findIndex((other) => other.path === blank.path) === index)
}

export function isReadyForLegalReview(draft: AgreementDraft): boolean {
  return listRequiredBlanks(draft).length === 0
}

/** The slots of a clause's wording that have no value yet. */
export function wordingBlanks(clause: ClauseInstance, context: RenderContext): TWordingBlank[] {
  const definition = getClauseKind(clause.kind)
  if (!definition || clause.text === undefined) return []
  return fillWording(clause, definition.schema, context).blanks
}

/** "Schedule 1" or "Appendix 1", from the section's number or its heading ("Appendix 1: STLS Key
 * Performance Indicators"); undefined for a body section. */
function scheduleName(section: Section): string | undefined {
  if (section.kind === 'section') return undefined
  const word = section.kind === 'schedule' ? 'Schedule' : 'Appendix'
  if (section.number) return `${word} ${section.number}`
  return /^(schedule|appendix)\s+\d+[A-Z]?\b/i.exec(section.heading)?.[0] ?? section.heading
}

/** As the document cites it: "Clause 17.1", "Schedule 1, paragraph 7(VII)" (Kent PRU), or for an
 * unnumbered clause its heading or its section's. */
export function clauseName(clause: ClauseInstance, section: Section): string {
  if (!clause.number) return `The "${clause.heading || section.heading}" clause`
  const cited = clause.item ? `${clause.number}(${clause.item})` : clause.number
  const schedule = scheduleName(section)
  return schedule ? `${schedule}, paragraph ${cited}` : `Clause ${cited}`
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
