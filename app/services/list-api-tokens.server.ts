import { accessibleBy } from '@casl/mongoose'
import { type TActor } from '#app/utils/actor.server'
import { ApiToken } from '#models/api-token'

export type TListApiTokensOptions = {
  actor: TActor
}

/** The actor's own tokens, newest first, without their hashes. */
export function listApiTokens({ actor }: TListApiTokensOptions) {
  return ApiToken.find({ $and: [{ user: actor.id }, accessibleBy(actor.ability, 'read').ofType('ApiToken')] })
    .select('-hash')
    .sort({ createdAt: -1 })
    .lean()
}
