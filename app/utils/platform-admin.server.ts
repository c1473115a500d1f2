import { asSubject } from '#models/access/subjects'
import { type TActor } from './actor.server'
import { requireUser } from './auth.server'
import { assertCan } from './permissions.server'

/** A local authority as a permission subject: only the platform administrator may add one. */
export const NEW_AUTHORITY = asSubject('Organisation', { _id: '', kind: 'local_authority', parentAuthority: null })

/** For the platform pages: the signed-in platform administrator, or a 403. */
export async function requirePlatformAdmin(request: Request): Promise<TActor> {
  const actor = await requireUser(request)
  assertCan(actor, 'create', NEW_AUTHORITY)
  return actor
}
