import type { TAction, TSubjectRecord, TSubjectType } from '#models/access/subjects'
import { describePermission } from './abilities'
import { type TActor } from './actor.server'
import { AppError } from './app-error'
import { requireUser } from './auth.server'

/** Refuses, with a 403 naming the missing permission, anything the actor's roles do not allow. */
export function assertCan(actor: TActor, action: TAction, subject: TSubjectType | TSubjectRecord) {
  if (actor.ability.can(action, subject)) return
  const subjectType = typeof subject === 'string' ? subject : subject.__caslSubjectType__
  throw new AppError('forbidden', {
    message: `You do not have permission to ${describePermission(action, subjectType)}`,
    details: { permission: { action, subject: subjectType } },
  })
}

/** For loaders and actions: the signed-in user, provided they may do `action` on `subject`. */
export async function requireAbility(request: Request, action: TAction, subject: TSubjectType | TSubjectRecord) {
  const actor = await requireUser(request)
  assertCan(actor, action, subject)
  return actor
}
