// What the agreement forms and the API accept. Clause params are checked separately against their
// clause kind's schema (the clause library), so here they are only "some value".
import { z } from 'zod'
import { ZPartyRole } from '#clauses/party'
import { dateField } from '#clauses/fields'
import { AGREEMENT_STATUSES } from '#models/agreement-lifecycle'
import { MAX_CLAUSE_WORDING_CHARACTERS } from '#models/agreement-clauses'
import { MAX_FORM_ROWS } from './form-rows'

const ZOptionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(dateField(label).optional())

/** Organisations chosen on a form (one value or several) or sent to the API as a list of ids. */
export const ZIdList = z
  .union([z.string(), z.array(z.string())], { error: 'Give organisation ids, as GET /api/v1/organisations lists them' })
  .optional()
  .transform((value) => (value === undefined ? [] : [value].flat().filter(Boolean)))

export const ZCreateAgreementSchema = z
  .object({
    template: z.string({ error: 'Choose a template' }).trim().min(1, 'Choose a template'),
    title: z
      .string()
      .trim()
      .max(300, 'Title must be 300 characters or fewer')
      .optional()
      .transform((value) => value || undefined),
    commencesOn: ZOptionalDate('Commencement date'),
    endsOn: ZOptionalDate('End date'),
    /** The authority drafting it, when the commissioner works for more than one. */
    authority: z
      .string()
      .optional()
      .transform((value) => value || undefined),
    parties: ZIdList,
    memberSchools: ZIdList,
    /** Leicestershire SEIP and its MOU: the partnership area (Schedule 2, Appendix A) whose name and schools fill the agreement. */
    partnership: z
      .string({ error: 'Partnership area must be text' })
      .trim()
      .optional()
      .transform((value) => value || undefined),
  })
  .superRefine((values, context) => {
    if (values.commencesOn && values.endsOn && values.endsOn <= values.commencesOn) {
      context.addIssue({ code: 'custom', path: ['endsOn'], message: 'End date must be after the commencement date' })
    }
  })
export type TCreateAgreementInput = z.infer<typeof ZCreateAgreementSchema>

export const ZClauseChangeSchema = z.object({
  params: z.unknown().optional(),
  /** The clause's own words, with `{{slots}}` filled from the params (decision record 006); an
   * empty string goes back to the wording generated from the params. */
  text: z
    .string({ error: 'Clause wording must be text' })
    .max(MAX_CLAUSE_WORDING_CHARACTERS, `A clause’s wording must be ${MAX_CLAUSE_WORDING_CHARACTERS.toLocaleString('en-GB')} characters or fewer: split it into several clauses`)
    .nullable()
    .optional(),
  /** Paths of template proposals the drafter confirms as agreed ("reports.0.due.dayOfFollowingMonth"). */
  confirmProposals: z
    .union([z.string(), z.array(z.string())], { error: 'Proposals to confirm must be a list of value paths' })
    .optional()
    .transform((value) => (value === undefined ? [] : [value].flat().filter(Boolean))),
  heading: z.string({ error: 'Heading must be text' }).trim().max(300, 'Heading must be 300 characters or fewer').optional(),
  number: z.string({ error: 'Clause number must be text' }).trim().max(20, 'Clause number must be 20 characters or fewer').optional(),
})
export type TClauseChange = z.infer<typeof ZClauseChangeSchema>

/** A 0-based place in a list (0 is first), from JSON or a form; empty means "at the end". */
const ZPosition = z
  .union([z.number(), z.string().trim()], { error: 'Position must be a whole number, 0 for first' })
  .optional()
  .transform((value) => (value === undefined || value === '' ? undefined : Number(value)))
  .refine((value) => value === undefined || (Number.isInteger(value) && value >= 0), 'Position must be a whole number, 0 for first')

export const ZNewClauseSchema = ZClauseChangeSchema.extend({
  sectionId: z.string({ error: 'Choose a section' }).min(1, 'Choose a section'),
  position: ZPosition,
  kind: z.string({ error: 'Choose a kind of clause' }).min(1, 'Choose a kind of clause'),
})

const ZDirection = (what: string) => z.enum(['up', 'down'], { error: `Choose to move the ${what} up or down` }).optional()

/** Moves by one place (`direction`, the draft page's buttons) or to a place (in another section, for a clause). */
export const ZMoveClauseSchema = z
  .object({ direction: ZDirection('clause'), sectionId: z.string({ error: 'Choose a section' }).trim().min(1, 'Choose a section').optional(), position: ZPosition })
  .refine((move) => move.direction !== undefined || move.position !== undefined, { path: ['position'], error: 'Give the position to move the clause to, 0 for first' })

export const SECTION_KINDS = ['section', 'schedule', 'appendix'] as const

export const ZNewSectionSchema = z.object({
  heading: z.string({ error: 'Enter a heading for the section' }).trim().min(1, 'Enter a heading for the section').max(300, 'Heading must be 300 characters or fewer'),
  kind: z.enum(SECTION_KINDS, { error: 'Choose a section, a schedule or an appendix' }).default('section'),
  position: ZPosition,
  /** Only used where the agreement numbers its sections by hand. */
  number: z
    .string({ error: 'Section number must be text' })
    .trim()
    .max(20, 'Section number must be 20 characters or fewer')
    .optional()
    .transform((value) => value || undefined),
})

export const ZSectionChangeSchema = z.object({
  heading: z.string({ error: 'Enter a heading for the section' }).trim().min(1, 'Enter a heading for the section').max(300, 'Heading must be 300 characters or fewer'),
})

export const ZMoveSectionSchema = z
  .object({ direction: ZDirection('section'), position: ZPosition })
  .refine((move) => move.direction !== undefined || move.position !== undefined, { path: ['position'], error: 'Give the position to move the section to, 0 for first' })

export const ZNewPartySchema = z.object({
  role: z.enum(ZPartyRole.options, { error: 'Choose the party’s role: provider, lead school, member school, responsible body or governing body' }).refine((role) => role !== 'authority', 'An agreement has one authority; add the other party as a provider, school or responsible body'),
  name: z.string({ error: 'Enter the party’s name' }).trim().min(1, 'Enter the party’s name').max(300, 'Name must be 300 characters or fewer'),
  /** How the wording refers to it: "the Provider". */
  definedAs: z
    .string()
    .trim()
    .max(100, 'How the agreement refers to the party must be 100 characters or fewer')
    .optional()
    .transform((value) => value || undefined),
  noticeAddress: z
    .string()
    .trim()
    .max(1000, 'Address must be 1,000 characters or fewer')
    .optional()
    .transform((value) => value || undefined),
  /** The organisation record, where the party is one of the authority's organisations. */
  organisation: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
  /** Who signs for it: "Chair of the Management Committee". */
  signatoryRole: z
    .string()
    .trim()
    .max(200, 'Signatory role must be 200 characters or fewer')
    .optional()
    .transform((value) => value || undefined),
})

export const ZTransitionSchema = z.object({
  to: z.enum(AGREEMENT_STATUSES, { error: 'Choose a status the agreement can move to' }),
  comment: z
    .string()
    .trim()
    .max(5000, 'Comment must be 5,000 characters or fewer')
    .optional()
    .transform((value) => value || undefined),
})

export const ZWordingAcceptanceSchema = z.object({
  comment: z
    .string({ error: 'Enter a comment saying why the wording may differ from its terms' })
    .trim()
    .min(1, 'Enter a comment saying why the wording may differ from its terms')
    .max(5000, 'Comment must be 5,000 characters or fewer'),
})

export const ZReviewCommentSchema = z.object({
  clauseId: z.string({ error: 'Choose a clause to comment on' }).min(1, 'Choose a clause to comment on'),
  text: z.string({ error: 'Enter a comment' }).trim().min(1, 'Enter a comment').max(5000, 'Comment must be 5,000 characters or fewer'),
})

/** The drafter's word on how a legal review comment was dealt with. */
export const ZCommentResolutionSchema = z.object({
  note: z
    .string({ error: 'Say what you changed, as text' })
    .trim()
    .max(2000, 'What you changed must be 2,000 characters or fewer')
    .optional()
    .transform((value) => value ?? ''),
})

export const ZVariationProposalSchema = z.object({
  summary: z.string({ error: 'Describe the variation' }).trim().min(1, 'Describe the variation').max(2000, 'Summary must be 2,000 characters or fewer'),
  changes: z
    .array(ZClauseChangeSchema.extend({ clauseId: z.string().min(1, 'Choose a clause to vary') }))
    .min(1, 'Change at least one clause')
    .max(MAX_FORM_ROWS, `A variation can change at most ${MAX_FORM_ROWS} clauses`),
})

export const ZVariationSignatureSchema = z.object({
  party: z.string().min(1, 'Choose the party'),
  name: z.string({ error: 'Enter the name of the person who signed' }).trim().min(1, 'Enter the name of the person who signed'),
  title: z.string({ error: 'Enter their job title' }).trim().min(1, 'Enter their job title'),
  on: z.string({ error: 'Enter the date they signed' }).trim().pipe(dateField('Date they signed')),
})

export const ZVariationAgreementSchema = z.object({
  signatures: z.array(ZVariationSignatureSchema).min(1, 'Record each party’s written agreement').max(MAX_FORM_ROWS, `At most ${MAX_FORM_ROWS} signatures`),
})

export const ZPartyDetailsSchema = z.object({
  /** The agreement's named details by key (`{"district": "Canterbury"}`), which its wording's
   * `{{detail.<key>}}` slots write (decision record 006). */
  details: z.record(z.string(), z.string({ error: 'A detail must be text' }).trim().max(1000, 'A detail must be 1,000 characters or fewer'), { error: 'Details must be an object of texts by key' }).optional(),
  partyDetails: z.array(
    z.object({
      name: z.string({ error: 'Enter the party’s name' }).trim().max(300, 'Name must be 300 characters or fewer'),
      noticeAddress: z
        .string()
        .trim()
        .max(1000, 'Address must be 1,000 characters or fewer')
        .optional()
        .transform((value) => value || undefined),
    }),
  ).max(MAX_FORM_ROWS, `An agreement can have at most ${MAX_FORM_ROWS} parties`).optional(),
})

export const ZSaveAsTemplateSchema = z.object({
  agreementId: z.string({ error: 'Choose the agreement to save as a template' }).trim().min(1, 'Choose the agreement to save as a template'),
  title: z.string({ error: 'Enter a title for the template' }).trim().min(1, 'Enter a title for the template').max(300, 'Title must be 300 characters or fewer'),
  description: z
    .string()
    .trim()
    .max(1000, 'Description must be 1,000 characters or fewer')
    .optional()
    .transform((value) => value ?? ''),
  /** An existing template's key: the agreement becomes its next version. */
  template: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
})
