import { accessibleBy } from '@casl/mongoose'
import mongoose from 'mongoose'
import { asSubject } from '#models/access/subjects'
import { type TActor, ownAuditScope } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { assertCan } from '#app/utils/permissions.server'
import { ApiToken } from '#models/api-token'
import { recordAuditEvent } from '#models/audit-event'

export type TRevokeApiTokenOptions = {
  actor: TActor
  tokenId: string
}

export async function revokeApiToken({ actor, tokenId }: TRevokeApiTokenOptions) {
  const notFound = new AppError('not_found', { message: 'API token not found' })
  if (!mongoose.isValidObjectId(tokenId)) throw notFound
  const existing = await ApiToken.findOne({
    $and: [{ _id: tokenId }, accessibleBy(actor.ability, 'read').ofType('ApiToken')],
  }).lean()
  if (!existing) throw notFound
  assertCan(actor, 'update', asSubject('ApiToken', existing))
  if (existing.revokedAt) return existing
  const revoked = await ApiToken.findByIdAndUpdate(existing._id, { revokedAt: new Date() }, { returnDocument: 'after' }).lean()
  await recordAuditEvent({
    actor,
    ...ownAuditScope(actor),
    action: 'api_token.revoked',
    subject: { type: 'ApiToken', id: String(existing._id) },
    summary: `${actor.name} revoked API token “${existing.name}” (${existing.prefix}…)`,
  })
  return revoked
}
