import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { listAgreementEvents } from '#app/services/timeline/list-agreement-events.server'
import { recordAgreementEvent } from '#app/services/timeline/record-agreement-event.server'
import { toAgreementEventJson } from '#app/services/timeline/to-agreement-event-json.server'
import { assertMethod, readJsonBody, requireApiUser, withApiErrors } from '#app/utils/api.server'

/** GET -> `{events}`, the events recorded against the agreement, oldest first. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return withApiErrors(async () => {
    const actor = await requireApiUser(request)
    const events = await listAgreementEvents({ actor, agreementId: params.agreementId ?? '' })
    return json({ events: events.map(toAgreementEventJson) })
  })
}

/** POST `{type, occurredOn, method?, time?, notes?}` -> 201 `{event, entries, undated}`: the event, the
 * timeline entries it adds, and those it would add but that cannot be dated, with the reason (a notice
 * by a method the notices clause does not permit sets no date). */
export async function action({ request, params }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['GET', 'POST'])
    const actor = await requireApiUser(request)
    const input = await readJsonBody(request, z.record(z.string(), z.unknown(), { error: 'Send a JSON object' }))
    const { event, addedEntries, undatedEntries } = await recordAgreementEvent({ actor, agreementId: params.agreementId ?? '', input })
    return json({ event: toAgreementEventJson(event), entries: addedEntries, undated: undatedEntries }, { status: 201 })
  })
}
