import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { getAgreementKpis } from '#app/services/compliance/kpis.server'
import { saveKpiReturn } from '#app/services/compliance/save-kpi-return.server'
import { assertMethod, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/**
 * GET -> `{indicators, periods, returns}`: the KPI clauses' indicators with their measures (a
 * rating's scale, best first) and RAG rules, the periods they are returned for with their "KPI report" state, and every return the
 * token's user may read.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const { indicators, periods, returns } = await getAgreementKpis({ actor, agreementId: params.agreementId ?? '' })
    return json({
      indicators: indicators.map(({ id, label, clause, measure, ragRule, ragRated, targets, expectedAnswer, ratingScale, ragBands }) => ({ id, label, clause, measure, ragRule, ragRated, targets, expectedAnswer: expectedAnswer ?? null, ratingScale: ratingScale ?? null, ragBands: ragBands ?? null })),
      periods: periods.map(({ periodKey, periodLabel, dueOn, state, overdue }) => ({ key: periodKey, label: periodLabel, dueOn, state, overdue })),
      returns: returns.map((kpiReturn) => ({
        indicatorId: kpiReturn.indicatorId,
        period: { key: kpiReturn.periodKey, label: kpiReturn.periodLabel },
        dueOn: kpiReturn.dueOn,
        measure: kpiReturn.measure, value: kpiReturn.value, shown: kpiReturn.shown,
        numerator: kpiReturn.numerator ?? null,
        denominator: kpiReturn.denominator ?? null,
        percentage: kpiReturn.percentage ?? null,
        count: kpiReturn.count ?? null,
        answer: kpiReturn.answer ?? null,
        rating: kpiReturn.rating ?? null,
        pence: kpiReturn.pence ?? null,
        rag: kpiReturn.rag,
        ratedBy: kpiReturn.ratedBy,
        enteredAt: kpiReturn.enteredAt.toISOString(),
      })),
    })
  })
}

/**
 * POST `{period, values: {kpiId: {numerator, denominator} | {count} | {answer: "yes" | "no"} | {rating} | {pence}}}`
 * -> 200 `{period, saved, complete, submitted, missing}`: a period's return, whole or in part; a
 * complete one submits the period's KPI report for review. Errors name each field
 * (`values.kpi-2.1.denominator`).
 */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['GET', 'POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    return json(await saveKpiReturn({ actor, agreementId: params.agreementId ?? '', input }))
  })
}
