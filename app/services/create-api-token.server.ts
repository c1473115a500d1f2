import { ZCreateApiTokenSchema } from '#app/schemas/api-token'
import { asSubject } from '#models/access/subjects'
import { type TActor, ownAuditScope } from '#app/utils/actor.server'
import { generateApiToken } from '#app/utils/api-token.server'
import { assertCan } from '#app/utils/permissions.server'
import { parseWith } from '#app/utils/validation'
import { ApiToken } from '#models/api-token'
import { recordAuditEvent } from '#models/audit-event'

export type TCreateApiTokenOptions = {
  actor: TActor
  input: unknown
}

/** Issues a token for the actor. The returned `token` is the only time it exists outside its hash. */
export async function createApiToken({ actor, input }: TCreateApiTokenOptions) {
  const { name } = parseWith(ZCreateApiTokenSchema, input)
  assertCan(actor, 'create', asSubject('ApiToken', { _id: '', user: actor.id }))
  const { token, prefix, hash } = generateApiToken()
  const record = await ApiToken.create({ user: actor.id, name, prefix, hash })
  await recordAuditEvent({
    actor,
    ...ownAuditScope(actor),
    action: 'api_token.created',
    subject: { type: 'ApiToken', id: String(record._id) },
    summary: `${actor.name} created API token “${name}” (${prefix}…)`,
  })
  return { token, apiToken: record.toObject() }
}
