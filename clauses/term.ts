// Term of an agreement: when it starts, when it ends (a date or a duration), backdating,
// extension and review. Southend: 1 February 2017 to 31 March 2019 with an annual review;
// Kent PRU: three full calendar years from a date left blank; Nottingham clause 1.1: commences
// 23 February 2017 backdated to 1 April 2016.
import { z } from 'zod'
import { defineClauseKind, nameParty, type RenderContext } from './clause-kind'
import { dateField, periodField, textField } from './fields'
import { formatDate, formatPeriod } from './format'

export const ZReviewFrequency = z.enum(['termly', 'annual', 'biannual'], {
  error: 'Review frequency must be termly, annual or every two years',
})

export const ZTermParamsSchema = z
  .object({
    /** Left empty where the seed has a blank ("This agreement shall commence on -----------"). */
    commencesOn: dateField('Commencement date').optional(),
    endsOn: dateField('End date').optional(),
    /** Kent PRU: "remain in place for a period of three full calendar years". */
    duration: periodField('Duration').optional(),
    /** Nottingham clause 1.1: the agreement takes effect from an earlier date than it is made. */
    backdatedTo: dateField('Backdated start date').optional(),
    extension: z
      .object({
        inWriting: z.boolean(),
        /** Nottingham clause 1.2: an extension "will run from April to the following March". */
        runsFor: z.enum(['financial_year', 'academic_year', 'agreed_period'], {
          error: 'Extension period must be a financial year, an academic year or an agreed period',
        }),
      })
      .optional(),
    review: z
      .object({
        frequency: ZReviewFrequency,
        /** "the SEIP Executive Steering Group" */
        by: textField('Reviewer').optional(),
        /** Southend clause 10: "in lieu of any review in any period, this agreement shall remain in effect". */
        continuesWithoutReview: z.boolean(),
      })
      .optional(),
    /** Evergreen: after the initial term the agreement renews for successive periods unless notice
     * is received at least `noticeAtLeast` (and, for a window, no earlier than `noticeNoEarlierThan`)
     * before the current period ends. */
    autoRenewal: z
      .object({
        renewsFor: periodField('Renewal period'),
        noticeBy: z.union([z.literal('either'), z.string().min(1)], { error: 'Choose who may stop the renewal' }),
        noticeAtLeast: periodField('Notice before the period ends'),
        noticeNoEarlierThan: periodField('Earliest notice before the period ends').optional(),
      })
      .optional(),
    /** Some seeds state the term twice (Kent PRU main body and Schedule 1 clause 2). The restating
     * clause names the clause it restates, so the calendar counts the term once. */
    restatesClause: z.string().optional(),
  })
  .superRefine((term, context) => {
    if (term.endsOn && term.duration) {
      context.addIssue({ code: 'custom', path: ['duration'], message: 'Give either an end date or a duration, not both' })
    }
    if (term.commencesOn && term.endsOn && term.endsOn <= term.commencesOn) {
      context.addIssue({ code: 'custom', path: ['endsOn'], message: 'End date must be after the commencement date' })
    }
    if (term.autoRenewal && !term.endsOn && !term.duration) {
      context.addIssue({ code: 'custom', path: ['autoRenewal'], message: 'Give the initial term, an end date or a duration, for the agreement to renew after' })
    }
    const window = term.autoRenewal
    if (window?.noticeNoEarlierThan && window.noticeNoEarlierThan.unit === window.noticeAtLeast.unit && window.noticeNoEarlierThan.amount <= window.noticeAtLeast.amount) {
      context.addIssue({ code: 'custom', path: ['autoRenewal', 'noticeNoEarlierThan'], message: 'The earliest notice must be longer before the period ends than the latest' })
    }
    if (term.commencesOn && term.backdatedTo && term.backdatedTo >= term.commencesOn) {
      context.addIssue({ code: 'custom', path: ['backdatedTo'], message: 'Backdated start date must be before the commencement date' })
    }
  })
export type TTermParams = z.infer<typeof ZTermParamsSchema>

const REVIEW_WORDS = { termly: 'termly', annual: 'annual', biannual: 'two-yearly' } as const

export const termClause = defineClauseKind({
  kind: 'term',
  label: 'Term',
  description: 'When the agreement starts and ends, any backdating, extension and review.',
  schema: ZTermParamsSchema,
  fieldLabels: {
    commencesOn: 'Commencement date',
    endsOn: 'End date',
    duration: 'Duration',
    backdatedTo: 'Backdated start date',
    autoRenewal: 'Automatic renewal',
  },
  render(term, context) {
    const paragraphs = [{ text: describeTerm(term) }]
    if (term.autoRenewal) paragraphs.push({ text: describeRenewal(term.autoRenewal, context) })
    if (term.extension) {
      const runsFor = {
        financial_year: ' and will run from April to the following March ("Financial Year")',
        academic_year: ' and will run from September to the following August',
        agreed_period: ' for such period as the parties agree',
      }[term.extension.runsFor]
      paragraphs.push({
        text: `This Agreement may be extended by the${term.extension.inWriting ? ' written' : ''} agreement of the parties${runsFor}.`,
      })
    }
    if (term.review) {
      const reviewer = term.review.by ? ` by ${term.review.by}` : ''
      const continuing = term.review.continuesWithoutReview
        ? ' In lieu of any review in any period, this Agreement shall remain in effect.'
        : ''
      paragraphs.push({ text: `This Agreement is subject to ${REVIEW_WORDS[term.review.frequency]} review${reviewer}.${continuing}` })
    }
    return { paragraphs }
  },
})

function describeTerm(term: TTermParams): string {
  const start = term.commencesOn ? formatDate(term.commencesOn) : '[commencement date]'
  const backdated = term.backdatedTo ? ` (backdated to ${formatDate(term.backdatedTo)})` : ''
  if (term.endsOn) return `This Agreement commences on ${start}${backdated} and continues until ${formatDate(term.endsOn)}.`
  if (term.duration) return `This Agreement commences on ${start}${backdated} and remains in place for a period of ${formatPeriod(term.duration)}.`
  return `This Agreement commences on ${start}${backdated}.`
}

/** "At the end of the initial term this Agreement renews automatically for successive periods of
 * 12 months unless either party gives notice that it is not to renew, received no earlier than 6
 * months and no later than 3 months before the end of the initial term or of the period then running." */
function describeRenewal(renewal: NonNullable<TTermParams['autoRenewal']>, context: RenderContext): string {
  const who = renewal.noticeBy === 'either' ? 'either party' : nameParty(context, renewal.noticeBy)
  const window = renewal.noticeNoEarlierThan
    ? `no earlier than ${formatPeriod(renewal.noticeNoEarlierThan)} and no later than ${formatPeriod(renewal.noticeAtLeast)}`
    : `no later than ${formatPeriod(renewal.noticeAtLeast)}`
  return `At the end of the initial term this Agreement renews automatically for successive periods of ${formatPeriod(renewal.renewsFor)} unless ${who} gives written notice that it is not to renew, received ${window} before the end of the initial term or of the period then running.`
}
