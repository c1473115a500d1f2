import mongoose from 'mongoose'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { getOrganisationForActor } from '#app/services/get-organisation.server'
import { findTermCalendarByAuthority } from '#models/term-calendar'

export type TGetTermCalendarForActorOptions = {
  actor: TActor
  authorityId: string
}

/** An authority's term calendar (empty if none is stored yet), provided the actor may read it. */
export async function getTermCalendarForActor({ actor, authorityId }: TGetTermCalendarForActorOptions) {
  const notFound = new AppError('not_found', { message: 'Term calendar not found' })
  if (!mongoose.isValidObjectId(authorityId)) throw notFound
  const authority = await getOrganisationForActor({ actor, organisationId: authorityId })
  if (authority.kind !== 'local_authority') throw notFound
  const stored = await findTermCalendarByAuthority(authority._id)
  const subject = asSubject('TermCalendar', { _id: stored?._id ?? '', authority: authorityId })
  const canRead = stored ? actor.ability.can('read', subject) : actor.ability.can('create', subject)
  if (!canRead) throw notFound
  return {
    authorityId,
    authorityName: authority.name,
    calendarId: stored ? String(stored._id) : null,
    academicYears: [...(stored?.academicYears ?? [])].sort((a, b) => a.year.localeCompare(b.year)),
    canEdit: actor.ability.can(stored ? 'update' : 'create', subject),
  }
}
