// Funding and payment: totals, places and rates, the share actually paid, the payment rule,
// formula weightings, clawback and cost recovery. Money is whole pence. Southend clause 12: 75
// places at £10,000 and a top-up of £8,000 paid at 85% monthly in arrears on the 20th;
// Nottingham Schedule 1: three equal payments on 5 April, 5 September and 5 January, moved to the
// closest prior working day; Nottingham Schedule 2: cost recovery at £15,000 a year pro rata.
import { z } from 'zod'
import type { Paragraph, TableBlock } from './document-model'
import { amountForYear, fundingYears } from './calendar/funding-years'
import { TermCalendarRangeError } from './calendar/term-calendar'
import { defineClauseKind, type RenderContext } from './clause-kind'
import { countField, paymentRuleField, penceField, percentageField, textField } from './fields'
import { formatDayOfYear, formatList, formatPence, formatPercentage, ordinal } from './format'
import type { Pence, PaymentRule } from './values'

export const ZFundingLineSchema = z.object({
  id: z.string().min(1),
  description: textField('Funding line description'),
  places: countField('Number of places').optional(),
  /** An alternative-provision placement charged per pupil rather than per commissioned place. */
  pupils: countField('Number of pupils').optional(),
  rate: penceField('Rate per place').optional(),
  /** What the rate is for, each year: a place (Southend clause 12) or a pupil placed. */
  per: z.enum(['place', 'pupil'], { error: 'A rate is per place or per pupil' }).optional(),
  /** A line with a stated amount rather than places times a rate (Nottingham Schedule 1 para 3). */
  amount: penceField('Amount').optional(),
  /** Southend: the top-up is paid at 85% each month. */
  paidPercentage: percentageField('Percentage paid').optional(),
  /** Shown instead of an amount, e.g. "N/A". */
  note: z.string().optional(),
}).refine((line) => line.places === undefined || line.pupils === undefined, { path: ['pupils'], error: 'Give the number of places or of pupils, not both' })
export type TFundingLine = z.infer<typeof ZFundingLineSchema>

export const ZFormulaShareSchema = z.object({ label: textField('Share label'), percentage: percentageField('Share') })

export const ZFormulaSplitSchema = z
  .object({
    /** "Total funding is divided between" / "The Funding Allocation for each school is determined by". */
    basis: textField('Formula basis'),
    shares: z.array(ZFormulaShareSchema).min(2, 'A formula split needs at least two shares'),
  })
  .refine((split) => split.shares.reduce((sum, share) => sum + share.percentage, 0) === 100, {
    error: 'Formula shares must add up to 100 per cent',
    path: ['shares'],
  })

/** Which year a yearly amount is for: payments are worked out year by year within it. */
export const ZFundingYear = z.enum(['financial_year', 'academic_year', 'agreement_year'], {
  error: 'The funding year must be the financial year, the academic year or each year of the agreement',
})
export type TFundingYear = z.infer<typeof ZFundingYear>

/** How a yearly amount is shared out for part of a year. */
export const ZProRataBy = z.enum(['days', 'weeks', 'terms'], { error: 'Pro rata must be by days, by complete weeks or by terms' })

export const ZFundingParamsSchema = z.object({
  /** Left empty where the seed has "£xxx". */
  totalAmount: penceField('Total funding').optional(),
  /** "2016/2017" */
  fundingPeriod: textField('Funding period').optional(),
  lines: z.array(ZFundingLineSchema),
  tableCaption: z.string().optional(),
  /** Totals make sense for places-times-rates tables, not for a statement of separate figures. */
  showTotals: z.boolean(),
  paymentRule: paymentRuleField().optional(),
  equalInstalments: z.boolean().optional(),
  formula: z
    .object({
      splits: z.array(ZFormulaSplitSchema),
      /** Nottingham Schedule 1 para 2: "each school will receive at least 43% of their total Funding Allocation". */
      floorPercentage: percentageField('Minimum funding percentage').optional(),
    })
    .optional(),
  /** One-off charges: SEIP clause 6.1, £4,000 levied from an excluding school under section 51A. */
  charges: z.array(z.object({ id: z.string().min(1), description: textField('Charge description'), amount: penceField('Charge') })).optional(),
  clawback: z.object({ grounds: textField('Clawback grounds') }).optional(),
  /** Amounts the agreement states for particular years ("2017/18", in the funding year's terms), each
   * paid instead of the yearly total in its year; stated, a year without one has no amount
   * (Nottingham Schedule 1: £63,410 for 2016/2017 and a £72,369 estimate for 2017/18). */
  yearAmounts: z
    .array(z.object({ year: z.string().regex(/^\d{4}\/\d{2}$/, 'Give the year as 2017/18'), amount: penceField('Amount for the year'), estimate: z.boolean().optional() }))
    .optional(),
  /** The year the yearly amounts are for; unstated, the financial year (the academic year for termly payments). */
  fundingYear: ZFundingYear.optional(),
  /** For part of a year (an agreement starting in September, a placement ending in March), the
   * yearly amount shared out by days, complete weeks or terms. Unstated, part years have no amounts. */
  proRata: z.object({ by: ZProRataBy }).optional(),
  costRecovery: z
    .object({
      chargePerYear: penceField('Cost recovery charge'),
      proRata: z.boolean(),
      basis: textField('Cost recovery basis'),
    })
    .optional(),
})
export type TFundingParams = z.infer<typeof ZFundingParamsSchema>

export const fundingClause = defineClauseKind({
  kind: 'funding',
  label: 'Funding and payment',
  description: 'Amounts, places and rates, when payments are made, formula weightings, clawback and cost recovery.',
  schema: ZFundingParamsSchema,
  fieldLabels: { totalAmount: 'Total funding', fundingPeriod: 'Funding period', paymentRule: 'Payment rule', fundingYear: 'Funding year', proRata: 'Pro rata for part of a year', yearAmounts: 'Amounts for particular years' },
  render(funding, context) {
    const paragraphs: Paragraph[] = []
    if (funding.totalAmount !== undefined) {
      const period = funding.fundingPeriod ? ` for ${funding.fundingPeriod}` : ''
      paragraphs.push({ text: `The total funding${period} is ${formatPence(funding.totalAmount)}.` })
    }
    if (funding.paymentRule) paragraphs.push({ text: describePaymentRule(funding.paymentRule, funding.equalInstalments ?? false) })
    if (funding.fundingYear) paragraphs.push({ text: `The yearly amounts are for each ${YEAR_WORDS[funding.fundingYear]}.` })
    if (funding.proRata) paragraphs.push({ text: describeProRata(funding.proRata.by, funding.fundingYear ?? defaultFundingYear(funding)) })
    paragraphs.push(...partYearAmounts(funding, context))
    for (const split of funding.formula?.splits ?? []) {
      paragraphs.push({ text: `${split.basis} ${formatList(split.shares.map((share) => `${share.label} (${formatPercentage(share.percentage)})`))}.` })
    }
    if (funding.formula?.floorPercentage !== undefined) {
      paragraphs.push({ text: `Each school will receive at least ${formatPercentage(funding.formula.floorPercentage)} of its total Funding Allocation.` })
    }
    for (const charge of funding.charges ?? []) {
      paragraphs.push({ text: `A charge of ${formatPence(charge.amount)} may be levied ${charge.description}.` })
    }
    if (funding.clawback) paragraphs.push({ text: `Funding may be clawed back ${funding.clawback.grounds}.` })
    if (funding.costRecovery) {
      const proRata = funding.costRecovery.proRata ? ' on a pro rata basis' : ''
      paragraphs.push({
        text: `The cost recovery charge is ${formatPence(funding.costRecovery.chargePerYear)} per year${proRata}, ${funding.costRecovery.basis}.`,
      })
    }
    return { paragraphs, tables: funding.lines.length > 0 ? [fundingTable(funding)] : [] }
  },
})

export function describePaymentRule(rule: PaymentRule, equalInstalments: boolean): string {
  switch (rule.kind) {
    case 'monthly_in_arrears':
      return `Payments will be made monthly in arrears on the ${ordinal(rule.dayOfMonth)} of each month.`
    case 'termly_in_advance':
      return `The funding allocation will be paid by termly instalments in advance${rule.withinFirstWeek ? ', in the first week of each term' : ''}.`
    case 'fixed_dates': {
      const count = ['', 'one', 'two', 'three', 'four', 'five', 'six'][rule.dates.length] ?? String(rule.dates.length)
      const equal = equalInstalments ? ' equal' : ''
      const moved = rule.moveToPreviousWorkingDay
        ? ' Where the date falls on a weekend or bank holiday the payment will be paid on the closest working day prior.'
        : ''
      return `The funding will be separated into ${count}${equal} payments to be paid on ${formatList(rule.dates.map(formatDayOfYear))}.${moved}`
    }
  }
}

const YEAR_WORDS: Record<TFundingYear, string> = {
  financial_year: 'financial year (1 April to 31 March)',
  academic_year: 'academic year (1 September to 31 August)',
  agreement_year: 'year of this Agreement, from its commencement and each anniversary of it',
}

/** The year yearly amounts are for when the clause does not say: the academic year for termly
 * payments (Leicestershire SEIP 4.1), the financial year otherwise. */
export function defaultFundingYear(funding: Pick<TFundingParams, 'paymentRule'>): TFundingYear {
  return funding.paymentRule?.kind === 'termly_in_advance' ? 'academic_year' : 'financial_year'
}

const PRO_RATA_WORDS = {
  days: 'multiplied by the number of days of that year the Agreement runs and divided by the number of days in that year',
  weeks: 'multiplied by the number of complete weeks of that year the Agreement runs and divided by 52',
  terms: 'multiplied by the number of terms starting in the part of that year the Agreement runs and divided by the number of terms starting in the whole year, on the Authority’s term calendar',
} as const

function describeProRata(by: z.infer<typeof ZProRataBy>, year: TFundingYear): string {
  return `For any part of a ${YEAR_WORDS[year].replace(/ \(.*$|, from.*$/, '')} in which this Agreement runs, the amount due is the yearly amount ${PRO_RATA_WORDS[by]}, rounded to the nearest penny.`
}

/** The amount due for each part of a year the agreement runs, worked as the payments are (issue 20:
 * "amounts for part years wherever the clause defines them"). An agreement with no end date has a
 * part year only at its start. */
function partYearAmounts(funding: TFundingParams, { period, termCalendar }: RenderContext): Paragraph[] {
  const startsOn = period?.startsOn
  const until = period?.endsOn ?? period?.recurringUntil
  if (!funding.proRata || !startsOn || !until) return []
  const parts = fundingYears(startsOn, until, funding.fundingYear ?? defaultFundingYear(funding)).filter((year) => !year.whole && (period?.endsOn || year.from === startsOn))
  return parts.flatMap((year) => {
    try {
      const { total, totalFor } = amountForYear(year, yearlyTotal(funding), funding, termCalendar)
      return total === undefined ? [] : [{ text: `The amount due ${totalFor} is ${formatPence(total)}.` }]
    } catch (error) {
      if (!(error instanceof TermCalendarRangeError)) throw error
      return [{ text: `The amount due ${year.from === startsOn ? 'for the first' : 'for the last'} part year is worked out by terms once the ${error.academicYear} term dates are entered on the Authority’s term calendar.` }]
    }
  })
}

/** The yearly total: the stated total, or the table's paid amounts added up. */
export function yearlyTotal(funding: TFundingParams): Pence | undefined {
  if (funding.totalAmount !== undefined) return funding.totalAmount
  if (!funding.showTotals || funding.lines.length === 0) return undefined
  const amounts = funding.lines.map(linePaidAmount)
  return amounts.every((amount) => amount !== undefined) ? amounts.reduce<number>((sum, amount) => sum + (amount ?? 0), 0) : undefined
}

/** The amount a line stands for: a stated amount, or places (or pupils) times the rate. */
export function lineAmount(line: TFundingLine): number | undefined {
  if (line.amount !== undefined) return line.amount
  const count = line.places ?? line.pupils
  if (count !== undefined && line.rate !== undefined) return count * line.rate
  return undefined
}

/** The amount actually paid on a line: the paid percentage of it, rounded to the penny. */
export function linePaidAmount(line: TFundingLine): number | undefined {
  const amount = lineAmount(line)
  if (amount === undefined || line.paidPercentage === undefined) return amount
  return Math.round((amount * line.paidPercentage) / 100)
}

function fundingTable(funding: TFundingParams): TableBlock {
  const paidPercentages = [...new Set(funding.lines.flatMap((line) => (line.paidPercentage === undefined ? [] : [line.paidPercentage])))]
  const hasPlaces = funding.lines.some((line) => line.places !== undefined || line.pupils !== undefined)
  const counted = funding.lines.some((line) => line.pupils !== undefined) ? (funding.lines.some((line) => line.places !== undefined) ? 'Places or pupils' : 'Pupils') : 'Places'
  const perYear = funding.lines.some((line) => line.per) ? 'Rate a year' : 'Rate'
  const header = ['Description', ...(hasPlaces ? [counted, perYear] : []), hasPlaces ? 'At 100%' : 'Amount', ...paidPercentages.map((percentage) => `At ${percentage}%`)]
  const rows = funding.lines.map((line) => {
    const amount = lineAmount(line)
    const count = line.places ?? line.pupils
    const rate = line.rate === undefined ? '' : `${formatPence(line.rate)}${line.per ? ` per ${line.per}` : ''}`
    return [
      line.description,
      ...(hasPlaces ? [count === undefined ? '' : String(count), rate] : []),
      amount === undefined ? (line.note ?? '') : formatPence(amount),
      ...paidPercentages.map((percentage) => (line.paidPercentage === percentage ? formatPence(linePaidAmount(line) ?? 0) : '')),
    ]
  })
  if (funding.showTotals) {
    const total = funding.lines.reduce((sum, line) => sum + (lineAmount(line) ?? 0), 0)
    const paidTotal = funding.lines.reduce((sum, line) => sum + (linePaidAmount(line) ?? 0), 0)
    rows.push(['Total', ...(hasPlaces ? ['', ''] : []), formatPence(total), ...paidPercentages.map(() => formatPence(paidTotal))])
  }
  return { type: 'table', caption: funding.tableCaption, header, rows, numericColumns: header.map((_, index) => index).slice(1) }
}
