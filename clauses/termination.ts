// Termination: by notice (a period, aligned to nothing, the end of an academic or financial year,
// or a fixed day), immediately for serious breach, by mutual agreement, and a member's withdrawal.
// Leicestershire SEIP clause 17.1: 12 months' written notice terminating at the end of an academic
// year; SEIP MOU 10.2.1: a member school withdraws on 3 years' notice ending on 5 April; Kent STLS
// clause 14: 6 months' notice, or immediately for a serious persistent breach; Kent PRU "Term of
// Agreement": early termination with the agreement of both parties on six months' notice.
import { z } from 'zod'
import { defineClauseKind, nameParty, type RenderContext } from './clause-kind'
import type { EffectiveDay } from './calendar/fixed-effective-dates'
import { alignmentField, dayOfYearField, effectiveDayField, periodField, textField } from './fields'
import { tagValue } from './value-types'
import { formatAlignment, formatDayOfYear, formatList, formatPeriod, formatPeriodPossessive } from './format'
import type { Alignment, DayOfYear, Period } from './values'

/** Who may give the notice: either party, any member school (SEIP MOU 10.2.1), or a party id. */
export const ZNoticeGiverSchema = z.union([z.literal('either'), z.literal('any_member'), z.string().min(1)], { error: 'Choose who may give notice' })

function noticeGiverField(label: string) {
  return tagValue(ZNoticeGiverSchema.clone(), 'notice-giver', label)
}

/** What the notice ends: the whole agreement, one member's membership, or the lead-school role
 * (SEIP MOU 10.2.2: the Lead School may cease to act as Lead School on six months' notice). */
export const ZNoticeEffect = z.enum(['terminates_agreement', 'withdraws_member', 'ends_lead_role'], {
  error: 'Notice effect must be ending the agreement, a member withdrawing, or the lead school stepping down',
})

export const ZTerminationParamsSchema = z
  .object({
    noticeBy: noticeGiverField('Who may give notice').optional(),
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
    /** Kent PRU "Term of Agreement": the notice ends the agreement only with the agreement of both
     * parties ("may be terminated earlier with the agreement of both parties. A notice period of
     * six months must be tendered"), so no party can end it alone. */
    needsAgreementOfBoth: z.boolean().optional(),
    immediateTermination: z
      .object({
        by: noticeGiverField('Who may terminate immediately'),
        grounds: textField('Grounds for immediate termination'),
      })
      .optional(),
    byMutualAgreement: z.boolean(),
    /** Termination takes effect only on these days each year (a school ICT SLA: "only at 31 March"),
     * each with the day notice must be received by, if any ("by 31 December to end on 31 March"). */
    effectiveOn: z.array(effectiveDayField()).min(1, 'Add at least one day termination may take effect').optional(),
    /** No notice may be served until this long after commencement ("not before the end of the first year"). */
    minimumTerm: periodField('Minimum term').optional(),
  })
  .superRefine((termination, context) => {
    const hasNotice = hasNoticeRight(termination)
    if (!hasNotice && !termination.immediateTermination && !termination.byMutualAgreement) {
      context.addIssue({
        code: 'custom',
        path: ['noticePeriod'],
        message: 'Give a notice period (or days termination takes effect with the day notice must be received by), immediate termination or termination by mutual agreement',
      })
    }
    if (hasNotice && termination.noticeBy === undefined) {
      context.addIssue({ code: 'custom', path: ['noticeBy'], message: 'Choose who may give notice' })
    }
    if (termination.noticePeriod && !termination.effectiveOn && termination.alignment === undefined) {
      context.addIssue({ code: 'custom', path: ['alignment'], message: 'Choose what the notice period ends on' })
    }
    if (termination.effectiveOn && termination.alignment && termination.alignment.kind !== 'none') {
      context.addIssue({ code: 'custom', path: ['alignment'], message: 'Give the days termination takes effect or what the notice period ends on, not both' })
    }
    termination.effectiveOn?.forEach((day, index) => {
      if (!termination.noticePeriod && !day.noticeReceivedBy) {
        context.addIssue({ code: 'custom', path: ['effectiveOn', index, 'noticeReceivedBy'], message: 'Give the day notice must be received by, or a notice period' })
      }
    })
    if (termination.minimumTerm && !hasNotice) {
      context.addIssue({ code: 'custom', path: ['minimumTerm'], message: 'A minimum term limits notice: give the notice this clause allows' })
    }
  })
export type TTerminationParams = z.infer<typeof ZTerminationParamsSchema>

/** Whether the clause lets a party end the agreement by notice: a notice period, or fixed days with
 * the day notice must be received by for each. */
export function hasNoticeRight(termination: Pick<TTerminationParams, 'noticePeriod' | 'effectiveOn'>): boolean {
  return termination.noticePeriod !== undefined || (termination.effectiveOn?.every((day) => day.noticeReceivedBy !== undefined) ?? false)
}

export const terminationClause = defineClauseKind({
  kind: 'termination',
  label: 'Termination',
  description: 'Ending the agreement: by notice, immediately for serious breach, by mutual agreement, or a member withdrawing.',
  schema: ZTerminationParamsSchema,
  fieldLabels: {
    noticePeriod: 'Notice period',
    alignment: 'What the notice period ends on',
    noticeBy: 'Who may give notice',
    effectiveOn: 'Days termination may take effect',
    minimumTerm: 'Minimum term',
  },
  render(termination, context) {
    const paragraphs = []
    if (termination.effectiveOn && termination.noticeBy) {
      paragraphs.push({ text: describeFixedDayNotice(termination, termination.effectiveOn, context) })
    } else if (termination.noticePeriod && termination.noticeBy) {
      paragraphs.push({ text: describeNotice(termination, termination.noticePeriod, termination.alignment ?? { kind: 'none' }, context) })
    }
    if (termination.minimumTerm && hasNoticeRight(termination)) {
      paragraphs.push({ text: `No notice to terminate may be served before this Agreement has run for ${formatPeriod(termination.minimumTerm)} from its commencement.` })
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
  if (termination.needsAgreementOfBoth) {
    return `Upon representations from ${termination.noticeBy === 'either' ? 'either party' : giver}, this Agreement may be terminated early with the agreement of both parties by giving ${notice}${formatAlignment(alignment)}.`
  }
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

/** "Either party may terminate this Agreement by giving 3 months' written notice. Termination takes
 * effect only on 31 March; notice must be received by 31 December for termination on the following 31 March." */
function describeFixedDayNotice(termination: TTerminationParams, effectiveOn: EffectiveDay[], context: RenderContext): string {
  const writing = termination.inWriting ? ' written' : ''
  const giver = describeGiver(termination.noticeBy ?? 'either', context)
  const grounds = termination.grounds ? ` ${termination.grounds}` : ''
  const period = termination.noticePeriod ? ` by giving ${formatPeriodPossessive(termination.noticePeriod)}${writing} notice` : ` by${writing} notice`
  const days = formatList(effectiveOn.map(formatDayOfYear), 'or')
  const deadlines = effectiveOn
    .filter((day) => day.noticeReceivedBy)
    .map((day) => ` Notice must be received by ${formatDayOfYear(day.noticeReceivedBy as DayOfYear)} for termination on the following ${formatDayOfYear(day)}.`)
  return `${giver} may terminate this Agreement${grounds}${period}. Termination takes effect only on ${days}.${deadlines.join('')}`
}

function describeGiver(giver: string, context: RenderContext): string {
  if (giver === 'either') return 'Either party'
  if (giver === 'any_member') return 'A member school'
  const name = nameParty(context, giver)
  return name.charAt(0).toUpperCase() + name.slice(1)
}
