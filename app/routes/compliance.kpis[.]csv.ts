import { accessibleBy } from '@casl/mongoose'
import { type LoaderFunctionArgs } from '@remix-run/node'
import { assertNotPlatformAdmin } from '#app/services/platform/platform-admin-scope.server'
import { toCsv } from '#app/utils/csv'
import { requireUser } from '#app/utils/auth.server'
import { downloadResponse } from '#app/utils/download.server'
import { withPageErrors } from '#app/utils/route-errors.server'
import { Agreement } from '#models/agreement'
import { KpiReturn, kpiReturnFigure } from '#models/kpi-return'

/** Every KPI return the user may read, as CSV: its measure and figure, and a percentage's parts. */
export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    assertNotPlatformAdmin(actor, 'obligations and KPI returns')
    const returns = await KpiReturn.find(accessibleBy(actor.ability, 'read').ofType('KpiReturn')).sort({ dueOn: 1 }).lean()
    const references = new Map((await Agreement.find({ _id: { $in: returns.map((kpiReturn) => kpiReturn.agreement) } }).select({ reference: 1 }).lean()).map((agreement) => [String(agreement._id), agreement.reference]))
    const csv = toCsv(
      ['Agreement', 'Indicator', 'Period', 'Due', 'Measure', 'Figure', 'Numerator', 'Denominator', 'Percentage', 'RAG'],
      returns.map((kpiReturn) => {
        const { measure, shown } = kpiReturnFigure(kpiReturn)
        return [references.get(String(kpiReturn.agreement)) ?? '', kpiReturn.indicatorLabel, kpiReturn.periodLabel, kpiReturn.dueOn, measure, shown, kpiReturn.numerator, kpiReturn.denominator, kpiReturn.percentage, kpiReturn.rag ?? 'not rated']
      }),
    )
    return downloadResponse({ body: csv, fileName: 'kpi-returns.csv', contentType: 'text/csv; charset=utf-8' })
  })
}
