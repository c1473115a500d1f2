// Key performance indicators: each with its measure, percentage targets and optional RAG bands,
// reported at a set frequency. Kent PRU Schedule 1 clause 9: termly, targets of 95% and 100%;
// Kent STLS clause 8.6 and Appendix 1: termly, green 75% +, amber 70-74%, red below 70%;
// Southend clause 9: reported termly, 3 times a year. Each indicator is returned as a percentage
// (numerator of denominator), a count, a yes or no, a rating on a named scale, or an amount of money
// (decision record 012).
import { z } from 'zod'
import type { TableBlock } from './document-model'
import { defineClauseKind } from './clause-kind'
import { countField, dueRuleField, percentageField, textField } from './fields'
import { formatDueRule, formatPercentage } from './format'

export const ZKpiTargetSchema = z.object({
  percentage: percentageField('Target'),
  /** "95% of pupils receive zero permanent exclusion" is at least; "Below 7% of pupils remain NEET" is below. */
  comparison: z.enum(['at_least', 'below'], { error: 'Target comparison must be at least or below' }),
  /** What the percentage counts, where an indicator has more than one target (Southend KPI 7). */
  of: z.string().optional(),
})
export type TKpiTarget = z.infer<typeof ZKpiTargetSchema>

/** Green from `greenFrom`% up; amber from `amberFrom`% to just under green; red below amber. */
export const ZRagBandsSchema = z
  .object({ greenFrom: percentageField('Green threshold'), amberFrom: percentageField('Amber threshold') })
  .refine((bands) => bands.amberFrom < bands.greenFrom, { error: 'Amber threshold must be below the green threshold', path: ['amberFrom'] })
export type TRagBands = z.infer<typeof ZRagBandsSchema>

/** How an indicator's figure is returned each period. */
export const KPI_MEASURES = ['percentage', 'count', 'yes_no', 'rating', 'amount'] as const
export type TKpiMeasure = (typeof KPI_MEASURES)[number]

export const ZKpiSchema = z.object({
  id: z.string().min(1),
  /** "1.1" in Kent STLS Appendix 1. */
  reference: z.string().optional(),
  theme: z.string().optional(),
  indicator: textField('Indicator'),
  measure: z.string().optional(),
  measuringTool: z.string().optional(),
  targets: z.array(ZKpiTargetSchema),
  /** Kent STLS marks some indicators "NA" for RAG rating. */
  ragRated: z.boolean(),
  /** Unset reads as a percentage: every indicator saved before measures were declared was one. */
  measuredAs: z.enum(KPI_MEASURES, { error: 'Measured as must be a percentage, a count, yes or no, a rating or an amount' }).optional(),
  /** The answer that meets a yes/no indicator, where the clause states it. */
  expectedAnswer: z.enum(['yes', 'no'], { error: 'Expected answer must be yes or no' }).optional(),
  /** A rating indicator's scale, best first: "Significant improvement", "Some improvement", "No improvement"; or Ofsted's grades before its 2025 report cards, "Outstanding" to "Inadequate". */
  ratingScale: z
    .array(z.string().trim().min(1, 'Each rating on the scale needs words').max(100, 'Each rating on the scale must be 100 characters or fewer'), { error: 'Rating scale must be a list of ratings' })
    .min(2, 'A rating scale needs at least two ratings')
    .max(10, 'A rating scale can have at most ten ratings')
    .refine((labels) => new Set(labels.map((label) => label.toLowerCase())).size === labels.length, 'Each rating on the scale must be different')
    .optional(),
})
export type TKpi = z.infer<typeof ZKpiSchema>

/** The indicator's measure; one with none declared is a percentage. */
export function measureOf(indicator: Pick<TKpi, 'measuredAs'>): TKpiMeasure {
  return indicator.measuredAs ?? 'percentage'
}

export const ZKpisParamsSchema = z
  .object({
    indicators: z.array(ZKpiSchema).min(1, 'Add at least one indicator'),
    ragBands: ZRagBandsSchema.optional(),
    reporting: z.object({
      due: dueRuleField('KPI reporting due date'),
      timesPerYear: countField('Reports a year').optional(),
      to: textField('Who KPIs are reported to'),
    }),
    tableCaption: z.string().optional(),
  })
  .superRefine((kpis, context) => {
    kpis.indicators.forEach((indicator, index) => {
      const path = ['indicators', index]
      if (indicator.ragRated && !kpis.ragBands) {
        context.addIssue({ code: 'custom', path: [...path, 'ragRated'], message: 'RAG rating needs green and amber thresholds' })
      }
      const measure = measureOf(indicator)
      // Percentage targets and bands rate percentages only; a yes or no is rated by its expected answer.
      if (measure !== 'percentage' && indicator.targets.length > 0) {
        context.addIssue({ code: 'custom', path: [...path, 'targets'], message: 'Only a percentage indicator can have percentage targets' })
      }
      if (measure !== 'percentage' && indicator.ragRated) {
        context.addIssue({ code: 'custom', path: [...path, 'ragRated'], message: 'Only a percentage indicator can be RAG rated by bands' })
      }
      if (measure !== 'yes_no' && indicator.expectedAnswer) {
        context.addIssue({ code: 'custom', path: [...path, 'expectedAnswer'], message: 'Only a yes or no indicator can have an expected answer' })
      }
      if (measure === 'rating' && !indicator.ratingScale) {
        context.addIssue({ code: 'custom', path: [...path, 'ratingScale'], message: 'A rating indicator needs its rating scale, best first' })
      }
      if (measure !== 'rating' && indicator.ratingScale) {
        context.addIssue({ code: 'custom', path: [...path, 'ratingScale'], message: 'Only a rating indicator can have a rating scale' })
      }
    })
  })
export type TKpisParams = z.infer<typeof ZKpisParamsSchema>

export const kpisClause = defineClauseKind({
  kind: 'kpis',
  label: 'Key performance indicators',
  description: 'Indicators, measures, percentage targets and RAG bands, and how often they are reported.',
  schema: ZKpisParamsSchema,
  fieldLabels: { indicators: 'Indicators', ragBands: 'RAG bands', reporting: 'KPI reporting', 'indicators.ratingScale': 'Ratings, best first' },
  render(kpis) {
    const times = kpis.reporting.timesPerYear ? ` (${kpis.reporting.timesPerYear} times a year)` : ''
    const paragraphs = [
      { text: `Key performance indicators will be reported to ${kpis.reporting.to} ${formatDueRule(kpis.reporting.due)}${times}.` },
    ]
    if (kpis.ragBands) {
      paragraphs.push({ text: `Indicators are rated ${ragLabels(kpis.ragBands).join(', ')}.` })
    }
    return { paragraphs, tables: [kpiTable(kpis)] }
  },
})

/** ["Green 75% +", "Amber 70-74%", "Red below 70%"] as the Kent STLS appendix heads its columns. */
export function ragLabels({ greenFrom, amberFrom }: TRagBands): string[] {
  return [`Green ${greenFrom}% +`, `Amber ${amberFrom}-${greenFrom - 1}%`, `Red below ${amberFrom}%`]
}

/** The RAG colour of a reported percentage. */
export function ragRating(percentage: number, { greenFrom, amberFrom }: TRagBands): 'green' | 'amber' | 'red' {
  if (percentage >= greenFrom) return 'green'
  if (percentage >= amberFrom) return 'amber'
  return 'red'
}

export function formatTarget(target: TKpiTarget): string {
  const comparison = target.comparison === 'below' ? 'Below ' : ''
  return `${comparison}${formatPercentage(target.percentage)}${target.of ? ` ${target.of}` : ''}`
}

/** The table's Measure cell: how it is measured, and a rating's scale, so the document says what a return may give. */
function measureWords(indicator: TKpi): string {
  const scale = indicator.ratingScale ? `Rated ${indicator.ratingScale.join(', ')} (best first)` : ''
  return [indicator.measure ?? indicator.measuringTool, scale].filter(Boolean).join('. ')
}

function kpiTable(kpis: TKpisParams): TableBlock {
  const hasThemes = kpis.indicators.some((indicator) => indicator.theme)
  const hasMeasures = kpis.indicators.some((indicator) => measureWords(indicator))
  const hasTargets = kpis.indicators.some((indicator) => indicator.targets.length > 0)
  const header = [
    ...(hasThemes ? ['Theme'] : []),
    'Indicator',
    ...(hasMeasures ? ['Measure'] : []),
    ...(hasTargets ? ['Target'] : []),
    ...(kpis.ragBands ? ['RAG'] : []),
  ]
  const rows = kpis.indicators.map((indicator) => [
    ...(hasThemes ? [indicator.theme ?? ''] : []),
    indicator.reference ? `${indicator.reference} ${indicator.indicator}` : indicator.indicator,
    ...(hasMeasures ? [measureWords(indicator)] : []),
    ...(hasTargets ? [indicator.targets.map(formatTarget).join('; ')] : []),
    ...(kpis.ragBands ? [indicator.ragRated ? ragLabels(kpis.ragBands).join('; ') : 'NA'] : []),
  ])
  return { type: 'table', caption: kpis.tableCaption, header, rows }
}
