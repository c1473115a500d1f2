import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { listObligations } from '#app/services/compliance/list-obligations.server'
import { methodNotAllowed, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** GET -> `{obligations: [...]}`: the agreement's obligation instances the token's user may read, earliest due first. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const agreement = await getAgreement({ actor, agreementId: params.agreementId ?? '' })
    const obligations = await listObligations({ actor, filters: { agreementId: String(agreement.originalAgreement ?? agreement._id) }, limit: 10_000 })
    return json({
      obligations: obligations.map((obligation) => ({
        id: String(obligation._id),
        key: obligation.key,
        obligationKey: obligation.obligationKey,
        title: obligation.title,
        name: obligation.name,
        category: obligation.category,
        clause: obligation.clause,
        owner: { party: obligation.ownerParty, description: obligation.ownerDescription, organisation: String(obligation.organisation) },
        recurrence: obligation.recurrence,
        dueRule: obligation.dueRule,
        period: { key: obligation.periodKey, label: obligation.periodLabel },
        dueOn: obligation.dueOn,
        state: obligation.state,
        overdue: obligation.overdue,
      })),
    })
  })
}

export const action = methodNotAllowed('GET')
