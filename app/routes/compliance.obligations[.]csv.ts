import { type LoaderFunctionArgs } from '@remix-run/node'
import { assertNotPlatformAdmin } from '#app/services/platform/platform-admin-scope.server'
import { toCsv } from '#app/utils/csv'
import { listObligations } from '#app/services/compliance/list-obligations.server'
import { requireUser } from '#app/utils/auth.server'
import { downloadResponse } from '#app/utils/download.server'
import { withPageErrors } from '#app/utils/route-errors.server'

/** Every obligation instance the user may read, as CSV (cells that look like formulas are neutralised). */
export async function loader({ request }: LoaderFunctionArgs) {
  return withPageErrors(async () => {
    const actor = await requireUser(request)
    assertNotPlatformAdmin(actor, 'obligations and KPI returns')
    const obligations = await listObligations({ actor, limit: 50_000 })
    const csv = toCsv(
      ['Agreement', 'Obligation', 'Period', 'Due', 'Clause', 'Owed by', 'Category', 'Status', 'Overdue'],
      obligations.map((obligation) => [
        obligation.agreementReference,
        obligation.name,
        obligation.periodLabel,
        obligation.dueOn,
        obligation.clause,
        obligation.ownerDescription,
        obligation.category,
        obligation.state,
        obligation.overdue ? 'yes' : 'no',
      ]),
    )
    return downloadResponse({ body: csv, fileName: 'obligations.csv', contentType: 'text/csv; charset=utf-8' })
  })
}
