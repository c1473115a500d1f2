import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { getAgreementKpis } from '#app/services/compliance/kpis.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** GET -> `{indicators, returns}`: the KPI clause's indicators and every return the token's user may read. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const { indicators, returns } = await getAgreementKpis({ actor, agreementId: params.agreementId ?? '' })
    return json({
      indicators: indicators.map(({ id, label, clause, ragRated, targets, ragBands }) => ({ id, label, clause, ragRated, targets, ragBands: ragBands ?? null })),
      returns: returns.map((kpiReturn) => ({
        indicatorId: kpiReturn.indicatorId,
        period: { key: kpiReturn.periodKey, label: kpiReturn.periodLabel },
        dueOn: kpiReturn.dueOn,
        numerator: kpiReturn.numerator,
        denominator: kpiReturn.denominator,
        percentage: kpiReturn.percentage,
        rag: kpiReturn.rag,
        enteredAt: kpiReturn.enteredAt.toISOString(),
      })),
    })
  })
}

export const action = methodNotAllowed('GET')
