// Funding and payment: totals, places and rates, the share actually paid, the payment rule,
// formula weightings, clawback and cost recovery. Money is whole pence. Southend clause 12: 75
// places at £10,000 and a top-up of £8,000 paid at 85% monthly in arrears on the 20th;
// Nottingham Schedule 1: three equal payments on 5 April, 5 September and 5 January, moved to the
// closest prior working day; Nottingham Schedule 2: cost recovery at £15,000 a year pro rata.
import { z } from 'zod'
import type { Paragraph, TableBlock } from './document-model'
import { defineClauseKind } from './clause-kind'
import { countField, paymentRuleField, penceField, percentageField, textField } from './fields'
import { formatDayOfYear, formatList, formatPence, formatPercentage, ordinal } from './format'
import type { PaymentRule } from './values'

export const ZFundingLineSchema = z.object({
  id: z.string().min(1),
  description: textField('Funding line description'),
  places: countField('Number of places').optional(),
  rate: penceField('Rate per place').optional(),
  /** A line with a stated amount rather than places times a rate (Nottingham Schedule 1 para 3). */
  amount: penceField('Amount').optional(),
  /** Southend: the top-up is paid at 85% each month. */
  paidPercentage: percentageField('Percentage paid').optional(),
  /** Shown instead of an amount, e.g. "N/A". */
  note: z.string().optional(),
})
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
  fieldLabels: { totalAmount: 'Total funding', fundingPeriod: 'Funding period', paymentRule: 'Payment rule' },
  render(funding) {
    const paragraphs: Paragraph[] = []
    if (funding.totalAmount !== undefined) {
      const period = funding.fundingPeriod ? ` for ${funding.fundingPeriod}` : ''
      paragraphs.push({ text: `The total funding${period} is ${formatPence(funding.totalAmount)}.` })
    }
    if (funding.paymentRule) paragraphs.push({ text: describePaymentRule(funding.paymentRule, funding.equalInstalments ?? false) })
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
      return 'The funding allocation will be paid by termly instalments in advance.'
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

/** The amount a line stands for: a stated amount, or places times the rate. */
export function lineAmount(line: TFundingLine): number | undefined {
  if (line.amount !== undefined) return line.amount
  if (line.places !== undefined && line.rate !== undefined) return line.places * line.rate
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
  const hasPlaces = funding.lines.some((line) => line.places !== undefined)
  const header = ['Description', ...(hasPlaces ? ['Places', 'Rate'] : []), hasPlaces ? 'At 100%' : 'Amount', ...paidPercentages.map((percentage) => `At ${percentage}%`)]
  const rows = funding.lines.map((line) => {
    const amount = lineAmount(line)
    return [
      line.description,
      ...(hasPlaces ? [line.places === undefined ? '' : String(line.places), line.rate === undefined ? '' : formatPence(line.rate)] : []),
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
