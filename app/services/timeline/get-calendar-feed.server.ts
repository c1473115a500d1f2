import { accessibleBy } from '@casl/mongoose'
import { type TActor } from '#app/utils/actor.server'
import { CalendarFeed } from '#models/calendar-feed'

export type TGetCalendarFeedOptions = {
  actor: TActor
}

/** The actor's working calendar subscription, without its hash, or null if they have none. */
export function getCalendarFeed({ actor }: TGetCalendarFeedOptions) {
  return CalendarFeed.findOne({
    $and: [{ user: actor.id, revokedAt: null }, accessibleBy(actor.ability, 'read').ofType('CalendarFeed')],
  })
    .select('-hash')
    .lean()
}
