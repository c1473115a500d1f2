import { accessibleBy } from '@casl/mongoose'
import { z } from 'zod'
import { clausesOfKind } from '#clauses/timeline/context'
import { KpiFiguresError, kpiResult } from '#clauses/obligations/kpi-result'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { recordAuditEvent } from '#models/audit-event'
import { inTransaction } from '#models/data-version'
import { KpiReturn } from '#models/kpi-return'
import { Obligation } from '#models/obligation'
import { listObligations } from './list-obligations.server'

export type TGetAgreementKpisOptions = { actor: TActor; agreementId: string }

/** An agreement's KPI indicators (from its KPI clauses), the periods they are returned for, and the figures so far. */
export async function getAgreementKpis({ actor, agreementId }: TGetAgreementKpisOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  const series = agreement.originalAgreement ?? agreement._id
  const periods = (await listObligations({ actor, filters: { agreementId: String(series), category: 'kpi_return' } })).map((obligation) => ({
    obligationId: String(obligation._id),
    periodKey: obligation.periodKey,
    periodLabel: obligation.periodLabel,
    dueOn: obligation.dueOn,
    organisation: String(obligation.organisation),
    authority: String(obligation.authority),
  }))
  const indicators = clausesOfKind(agreement.content, 'kpis').flatMap(({ clause, reference }) =>
    clause.params.indicators.map((indicator) => ({
      id: indicator.id,
      label: indicator.reference ? `${indicator.reference} ${indicator.indicator}` : indicator.indicator,
      clause: reference,
      ragRated: indicator.ragRated,
      targets: indicator.targets,
      ragBands: clause.params.ragBands,
    })),
  )
  const returns = await KpiReturn.find({ $and: [{ series }, accessibleBy(actor.ability, 'read').ofType('KpiReturn')] })
    .sort({ dueOn: 1 })
    .lean()
  const canEnter = periods.some((period) => actor.ability.can('create', asSubject('KpiReturn', { _id: '', authority: period.authority, organisation: period.organisation })))
  return { agreement, indicators, periods, returns, canEnter }
}

export const ZKpiFiguresSchema = z.object({
  obligationId: z.string().min(1, 'Choose the period'),
  indicatorId: z.string().min(1, 'Choose the indicator'),
  // A count of pupils, sessions or days: a million is far beyond any one provider's period.
  numerator: z.coerce.number({ error: 'Enter the numerator as a whole number' }).int('Enter the numerator as a whole number').min(0, 'The numerator must be zero or more').max(1_000_000, 'The numerator must be 1,000,000 or less'),
  denominator: z.coerce.number({ error: 'Enter the denominator as a whole number' }).int('Enter the denominator as a whole number').min(1, 'The denominator must be more than zero').max(1_000_000, 'The denominator must be 1,000,000 or less'),
})

export type TSaveKpiReturnOptions = { actor: TActor; agreementId: string; input: unknown }

/** A provider enters (or corrects) one indicator's figures for one period; the percentage and RAG are worked out here. */
export async function saveKpiReturn({ actor, agreementId, input }: TSaveKpiReturnOptions) {
  const values = parseWith(ZKpiFiguresSchema, input)
  const { agreement, indicators } = await getAgreementKpis({ actor, agreementId })
  const series = agreement.originalAgreement ?? agreement._id
  const period = await Obligation.findOne({ $and: [{ _id: values.obligationId, series, category: 'kpi_return' }, accessibleBy(actor.ability, 'read').ofType('Obligation')] }).lean()
  const indicator = indicators.find((candidate) => candidate.id === values.indicatorId)
  if (!period || !indicator) throw new AppError('not_found', { message: 'That KPI period or indicator is not part of this agreement' })
  assertCan(actor, 'create', asSubject('KpiReturn', { _id: '', authority: period.authority, organisation: period.organisation }))
  let result
  try {
    result = kpiResult({ numerator: values.numerator, denominator: values.denominator, indicator, ragBands: indicator.ragBands })
  } catch (error) {
    if (error instanceof KpiFiguresError) throw new AppError('validation', { message: error.message, details: { fields: { numerator: error.message } } })
    throw error
  }
  // The figures and their audit event are saved together or not at all.
  return inTransaction(async (session) => {
    const saved = await KpiReturn.findOneAndUpdate(
      { series, indicatorId: indicator.id, periodKey: period.periodKey },
      {
        $set: {
          agreement: agreement._id,
          authority: period.authority,
          organisation: period.organisation,
          indicatorLabel: indicator.label,
          periodLabel: period.periodLabel,
          dueOn: period.dueOn,
          numerator: values.numerator,
          denominator: values.denominator,
          percentage: result.percentage,
          rag: result.rag,
          ratedBy: result.ratedBy,
          enteredBy: actor.id,
          enteredByName: actor.name,
          enteredAt: new Date(),
        },
      },
      { upsert: true, returnDocument: 'after', session },
    ).lean()
    await recordAuditEvent({
      actor,
      organisationId: String(period.organisation),
      authorityId: String(period.authority),
      action: 'kpi_return.saved',
      subject: { type: 'KpiReturn', id: String(saved?._id) },
      summary: `${actor.name} returned ${values.numerator}/${values.denominator} (${result.percentage}%${result.rag ? `, ${result.rag}` : ''}) for ${indicator.label}, ${period.periodLabel}`,
      session,
    })
    return saved
  })
}
