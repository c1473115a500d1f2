import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { Organisation } from '#models/organisation'

/** The authority an import is for: the one named, or the commissioner's own; only its commissioners may import. */
export async function authorityForImport(actor: TActor, requested?: string) {
  const authorityIds = actor.memberships
    .filter((membership) => membership.role === 'commissioner' && membership.organisationId === membership.authorityId)
    .map((membership) => membership.authorityId)
  const authorityId = requested || authorityIds[0]
  if (!authorityId || !authorityIds.includes(authorityId)) {
    throw new AppError('forbidden', { message: 'Only a commissioner of the authority can import its agreements' })
  }
  const authority = await Organisation.findById(authorityId).lean()
  if (!authority) throw new AppError('not_found', { message: 'Authority not found' })
  return authority
}
