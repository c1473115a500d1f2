import { accessibleBy } from '@casl/mongoose'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { listOrganisations } from '#app/services/list-organisations.server'
import { TermCalendar } from '#models/term-calendar'

export type TListTermCalendarsOptions = {
  actor: TActor
}

/** Every authority whose term dates the actor may see or edit, with its calendar if it has one yet. */
export async function listTermCalendars({ actor }: TListTermCalendarsOptions) {
  const [organisations, calendars] = await Promise.all([
    listOrganisations({ actor }),
    TermCalendar.find(accessibleBy(actor.ability, 'read').ofType('TermCalendar')).lean(),
  ])
  const byAuthority = new Map(calendars.map((calendar) => [String(calendar.authority), calendar]))
  return organisations
    .filter((organisation) => organisation.kind === 'local_authority')
    .map((authority) => {
      const authorityId = String(authority._id)
      const calendar = byAuthority.get(authorityId)
      const subject = asSubject('TermCalendar', { _id: calendar?._id ?? '', authority: authorityId })
      return {
        authorityId,
        authorityName: authority.name,
        years: (calendar?.academicYears ?? []).map((academicYear) => academicYear.year).sort(),
        canEdit: actor.ability.can(calendar ? 'update' : 'create', subject),
        canRead: Boolean(calendar) || actor.ability.can('create', subject),
      }
    })
    .filter((entry) => entry.canRead)
}
