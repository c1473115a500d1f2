import { z } from 'zod'
import { KpiFiguresError, kpiResult, type KpiResult, type TKpiFigures } from '#clauses/obligations/kpi-result'
import { stateAfterSubmission, stateChangeWords, type ReviewState } from '#clauses/obligations/status'
import { type TKpiMeasure } from '#clauses/kpis'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { AppError, type TFieldErrors } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { KpiReturn } from '#models/kpi-return'
import { Obligation } from '#models/obligation'
import { getAgreementKpis, type TKpiIndicator, type TKpiPeriod } from './kpis.server'
import { refreshComplianceSummary } from './refresh-compliance-summary.server'

/** `{period, values: {kpiId: figures}}`: one period's return, every indicator or some of them. */
export const ZKpiReturnSchema = z.object({
  period: z.string({ error: 'Choose the period' }).trim().min(1, 'Choose the period'),
  values: z
    .record(z.string(), z.unknown(), { error: 'Give the figures as an object of indicator ids' })
    .refine((values) => Object.keys(values).length > 0, 'Enter the figures for at least one indicator'),
})

// A count of pupils, sessions, settings or pence: a billion is far beyond any provider's period.
const MOST = 1_000_000_000

/** A whole number typed in a form ("1,234") or sent as a JSON number; blank is missing. */
function wholeNumber(name: string, part: string) {
  const message = `${name}: enter the ${part} as a whole number`
  return z.preprocess(
    (raw) => (typeof raw === 'string' ? (raw.trim() === '' ? undefined : Number(raw.replace(/,/g, '').trim())) : raw),
    z.number({ error: (issue) => (issue.input === undefined ? `${name}: enter the ${part}` : message) }).int(message).min(0, `${name}: the ${part} must be zero or more`).max(MOST, `${name}: the ${part} must be ${MOST.toLocaleString('en-GB')} or less`),
  )
}

/** The figures each measure takes, as the API sends them and the form posts them. */
function figuresSchema(indicator: TKpiIndicator) {
  const name = indicator.shortName
  const asObject = { error: `${name}: give the figures as an object` }
  const schemas: Record<TKpiMeasure, z.ZodType<TKpiFigures>> = {
    percentage: z.object({ numerator: wholeNumber(name, 'numerator'), denominator: wholeNumber(name, 'denominator') }, asObject).transform((figures) => ({ measure: 'percentage' as const, ...figures })),
    count: z.object({ count: wholeNumber(name, 'count') }, asObject).transform((figures) => ({ measure: 'count' as const, ...figures })),
    yes_no: z.object({ answer: z.enum(['yes', 'no'], { error: `${name}: choose yes or no` }) }, asObject).transform((figures) => ({ measure: 'yes_no' as const, ...figures })),
    rating: z.object({ rating: z.string({ error: `${name}: choose a rating` }).trim().min(1, `${name}: choose a rating`) }, asObject).transform((figures) => ({ measure: 'rating' as const, ...figures })),
    amount: z
      .object({ pence: z.number({ error: `${name}: enter the amount in pounds and pence, like £1,250.50` }).int(`${name}: enter the amount in pounds and pence, like £1,250.50`).min(0, `${name}: the amount must be £0 or more`).max(MOST, `${name}: the amount is too large`) }, asObject)
      .transform((figures) => ({ measure: 'amount' as const, ...figures })),
  }
  return schemas[indicator.measure]
}

type TEntered = { indicator: TKpiIndicator; figures: TKpiFigures; result: KpiResult }

/** Checks every entered figure against its indicator's measure and rule, naming each field with a problem. */
function checkFigures(indicators: TKpiIndicator[], values: Record<string, unknown>): TEntered[] {
  const fields: TFieldErrors = {}
  const entered: TEntered[] = []
  for (const [indicatorId, raw] of Object.entries(values)) {
    const indicator = indicators.find((candidate) => candidate.id === indicatorId)
    if (!indicator) {
      fields[`values.${indicatorId}`] = `There is no indicator ${indicatorId} in this agreement`
      continue
    }
    const parsed = figuresSchema(indicator).safeParse(raw)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fields[['values', indicatorId, ...issue.path.map(String)].join('.')] ??= issue.message
      continue
    }
    try {
      entered.push({ indicator, figures: parsed.data, result: kpiResult({ figures: parsed.data, indicator, ragBands: indicator.ragBands }) })
    } catch (error) {
      if (!(error instanceof KpiFiguresError)) throw error
      fields[`values.${indicatorId}.${error.part}`] = `${indicator.shortName}: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`
    }
  }
  const messages = Object.values(fields)
  if (messages.length > 0) throw new AppError('validation', { message: messages[0], details: { fields } })
  return entered
}

const FIGURE_PARTS = ['numerator', 'denominator', 'percentage', 'count', 'answer', 'rating', 'pence'] as const

/** What a stored return keeps of a figure: its own parts (a rating in its scale's words), and none left over from another measure. */
function storedFigures(figures: TKpiFigures, result: KpiResult) {
  const kept: Record<string, unknown> = {
    ...figures,
    percentage: figures.measure === 'percentage' ? result.value : undefined,
    rating: figures.measure === 'rating' ? result.shown : undefined,
  }
  const set = Object.fromEntries(Object.entries(kept).filter(([, value]) => value !== undefined))
  const unset = Object.fromEntries(FIGURE_PARTS.filter((part) => kept[part] === undefined).map((part) => [part, 1]))
  return { set, unset }
}

function findPeriod(periods: TKpiPeriod[], periodKey: string) {
  const period = periods.find((candidate) => candidate.periodKey === periodKey)
  if (!period) throw new AppError('validation', { message: 'That period is not one this agreement\'s KPIs are returned for', details: { fields: { period: 'That period is not one this agreement\'s KPIs are returned for' } } })
  return period
}

export type TSaveKpiReturnOptions = { actor: TActor; agreementId: string; input: unknown }

/**
 * A provider enters (or corrects) a period's return: the figures of some or all of the agreement's
 * indicators. Once every indicator has a figure for the period, the return is complete and submits
 * the period's "KPI report" obligations for review, as evidence does (decision record 012). The
 * figures, the obligations' states, the compliance summary and the audit event stand or fall together.
 */
export async function saveKpiReturn({ actor, agreementId, input }: TSaveKpiReturnOptions) {
  const { period: periodKey, values } = parseWith(ZKpiReturnSchema, input)
  const { agreement, indicators, periods } = await getAgreementKpis({ actor, agreementId })
  const series = agreement.originalAgreement ?? agreement._id
  const period = findPeriod(periods, periodKey)
  const [owed] = period.obligations
  assertCan(actor, 'create', asSubject('KpiReturn', { _id: '', authority: owed.authority, organisation: owed.organisation }))
  if (period.obligations.every((obligation) => !stateAfterSubmission(obligation.state))) {
    throw new AppError('conflict', { message: `The KPI return for ${period.periodLabel} has been accepted; it can no longer be changed` })
  }
  const entered = checkFigures(indicators, values)
  return inTransaction(async (session) => {
    for (const { indicator, figures, result } of entered) {
      const { set, unset } = storedFigures(figures, result)
      await KpiReturn.updateOne(
        { series, indicatorId: indicator.id, periodKey: period.periodKey },
        {
          $set: {
            ...set,
            agreement: agreement._id,
            authority: owed.authority,
            organisation: owed.organisation,
            indicatorLabel: indicator.label,
            periodLabel: period.periodLabel,
            dueOn: period.dueOn,
            measure: figures.measure,
            value: result.value,
            shown: result.shown,
            rag: result.rag,
            ratedBy: result.ratedBy,
            enteredBy: actor.id,
            enteredByName: actor.name,
            enteredAt: new Date(),
          },
          ...(Object.keys(unset).length > 0 ? { $unset: unset } : {}),
        },
        { upsert: true, session },
      )
    }
    const returned = new Set((await KpiReturn.find({ series, periodKey: period.periodKey }).select({ indicatorId: 1 }).session(session).lean()).map((kpiReturn) => kpiReturn.indicatorId))
    const missing = indicators.filter((indicator) => !returned.has(indicator.id))
    const submitted = missing.length === 0 ? await submitPeriod(period, session) : []
    if (submitted.length > 0) await refreshComplianceSummary(series, session)
    const figures = entered.map(({ indicator, result }) => `${indicator.shortName} ${result.shown}${result.rag ? ` (${result.rag})` : ''}`).join('; ')
    const completion = missing.length === 0 ? `complete${submitted.length > 0 ? `; the KPI report is ${submitted.map(({ from, to }) => stateChangeWords(from, to)).join(', ')}` : ''}` : `${missing.length} of ${indicators.length} indicators still to enter`
    await recordAuditEvent({
      actor,
      organisationId: String(owed.organisation),
      authorityId: String(owed.authority),
      action: 'kpi_return.saved',
      subject: { type: 'Obligation', id: owed.obligationId },
      summary: `${actor.name} returned KPI figures for ${period.periodLabel} (${agreement.reference}): ${figures}. The return is ${completion}`,
      session,
    })
    return { period: { key: period.periodKey, label: period.periodLabel }, saved: entered.length, complete: missing.length === 0, submitted: submitted.length > 0, missing: missing.map((indicator) => indicator.id) }
  })
}

/** Submits the period's KPI report obligations that are waiting on the provider; one already submitted stays as it is. */
async function submitPeriod(period: TKpiPeriod, session: Parameters<typeof refreshComplianceSummary>[1]) {
  const moved: Array<{ from: ReviewState; to: ReviewState }> = []
  for (const obligation of period.obligations) {
    const next = stateAfterSubmission(obligation.state)
    if (!next || next === obligation.state) continue
    const changed = await Obligation.updateOne({ _id: obligation.obligationId, state: obligation.state }, { $set: { state: next, submittedAt: new Date() } }, { session })
    if (changed.matchedCount === 0) throw new AppError('conflict', { message: `The KPI report for ${period.periodLabel} changed while the figures were saved (it may just have been reviewed); reload the page to see it` })
    moved.push({ from: obligation.state, to: next })
  }
  return moved
}
