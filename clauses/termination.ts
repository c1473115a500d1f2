// Termination: by notice (a period, aligned to nothing, the end of an academic or financial year,
// or a fixed day), immediately for serious breach, by mutual agreement, and a member's withdrawal.
// Leicestershire SEIP clause 17.1: 12 months' written notice terminating at the end of an academic
// year; SEIP MOU 10.2.1: a member school withdraws on 3 years' notice ending on 5 April; Kent STLS
// clause 14: 6 months' notice, or immediately for a serious persistent breach.
import { z } from 'zod'
import { defineClauseKind, nameParty, type RenderContext } from './clause-kind'
import { alignmentField, dayOfYearField, periodField, textField } from './fields'
import { formatAlignment, formatPeriodPossessive } from './format'
import type { Alignment, Period } from './values'

/** Who may give the notice: either party, any member school (SEIP MOU 10.2.1), or a party id. */
export const ZNoticeGiverSchema = z.union([z.literal('either'), z.literal('any_member'), z.string().min(1)], { error: 'Choose who may give notice' })

/** What the notice ends: the whole agreement, one member's membership, or the lead-school role
 * (SEIP MOU 10.2.2: the Lead School may cease to act as Lead School on six months' notice). */
export const ZNoticeEffect = z.enum(['terminates_agreement', 'withdraws_member', 'ends_lead_role'], {
  error: 'Notice effect must be ending the agreement, a member withdrawing, or the lead school stepping down',
})

export const ZTerminationParamsSchema = z
  .object({
    noticeBy: ZNoticeGiverSchema.optional(),
    noticePeriod: periodField('Notice period').optional(),
    alignment: alignmentField().optional(),
    /** The last day of an academic year, where the agreement defines its academic year; without it
     * the calendar takes 1 September - 31 August and says so in every date it works out. */
    academicYearEnd: dayOfYearField('Academic year end').optional(),
    effect: ZNoticeEffect.optional(),
    inWriting: z.boolean().optional(),
    /** Who the notice is served on, where it is not simply the other party. */
    servedOn: textField('Who the notice is served on').optional(),
    /** The circumstances in which this notice right arises (SEIP 17.2: changes to legislation). */
    grounds: textField('Grounds').optional(),
    /** SEIP 17.2: "12 months' notice in writing or such notice as is reasonable in the circumstances". */
    orReasonableNotice: z.boolean().optional(),
    immediateTermination: z
      .object({
        by: ZNoticeGiverSchema,
        grounds: textField('Grounds for immediate termination'),
      })
      .optional(),
    byMutualAgreement: z.boolean(),
  })
  .superRefine((termination, context) => {
    const hasNotice = termination.noticePeriod !== undefined
    if (!hasNotice && !termination.immediateTermination && !termination.byMutualAgreement) {
      context.addIssue({
        code: 'custom',
        path: ['noticePeriod'],
        message: 'Give a notice period, immediate termination or termination by mutual agreement',
      })
    }
    if (hasNotice && termination.noticeBy === undefined) {
      context.addIssue({ code: 'custom', path: ['noticeBy'], message: 'Choose who may give notice' })
    }
    if (hasNotice && termination.alignment === undefined) {
      context.addIssue({ code: 'custom', path: ['alignment'], message: 'Choose what the notice period ends on' })
    }
  })
export type TTerminationParams = z.infer<typeof ZTerminationParamsSchema>

export const terminationClause = defineClauseKind({
  kind: 'termination',
  label: 'Termination',
  description: 'Ending the agreement: by notice, immediately for serious breach, by mutual agreement, or a member withdrawing.',
  schema: ZTerminationParamsSchema,
  fieldLabels: { noticePeriod: 'Notice period', alignment: 'What the notice period ends on', noticeBy: 'Who may give notice' },
  render(termination, context) {
    const paragraphs = []
    if (termination.noticePeriod && termination.noticeBy) {
      paragraphs.push({ text: describeNotice(termination, termination.noticePeriod, termination.alignment ?? { kind: 'none' }, context) })
    }
    if (termination.immediateTermination) {
      const { by, grounds } = termination.immediateTermination
      const who = describeGiver(by, context)
      paragraphs.push({ text: `${who} may terminate this Agreement with immediate effect ${grounds}.` })
    }
    if (termination.byMutualAgreement) {
      paragraphs.push({ text: 'This Agreement may be terminated at any time with the written agreement of both parties.' })
    }
    return { paragraphs }
  },
})

function describeNotice(termination: TTerminationParams, noticePeriod: Period, alignment: Alignment, context: RenderContext): string {
  const writing = termination.inWriting ? ' written' : ''
  const reasonable = termination.orReasonableNotice ? ' or such notice as is reasonable in the circumstances' : ''
  const grounds = termination.grounds ? ` ${termination.grounds}` : ''
  const servedOn = termination.servedOn ? ` on ${termination.servedOn}` : ''
  const notice = `${formatPeriodPossessive(noticePeriod)}${writing} notice`
  const giver = describeGiver(termination.noticeBy ?? 'either', context)
  switch (termination.effect ?? 'terminates_agreement') {
    case 'withdraws_member':
      return `${giver} may withdraw by serving ${notice}${servedOn}${formatAlignment(alignment)}.`
    case 'ends_lead_role':
      return `${giver} may cease to act as the Lead School by serving ${notice}${servedOn}${formatAlignment(alignment)}.`
    case 'terminates_agreement':
      if (termination.noticeBy === 'either') {
        return `Either party may serve notice on the other to terminate this Agreement${grounds} by giving ${notice}${reasonable}${formatAlignment(alignment)}.`
      }
      return `${giver} may terminate this Agreement${grounds} by giving ${notice}${servedOn}${reasonable}${formatAlignment(alignment)}.`
  }
}

function describeGiver(giver: string, context: RenderContext): string {
  if (giver === 'either') return 'Either party'
  if (giver === 'any_member') return 'A member school'
  const name = nameParty(context, giver)
  return name.charAt(0).toUpperCase() + name.slice(1)
}
