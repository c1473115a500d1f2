import { asSubject } from '#models/access/subjects'
import { type TActor, ownAuditScope } from '#app/utils/actor.server'
import { assertCan } from '#app/utils/permissions.server'
import { recordAuditEvent } from '#models/audit-event'
import { CalendarFeed } from '#models/calendar-feed'
import { generateCalendarFeedToken } from './calendar-feed-token.server'

export type TCreateCalendarFeedOptions = {
  actor: TActor
}

/**
 * Issues the actor's calendar subscription secret, replacing (and so revoking) any earlier one.
 * The returned `token` is the only time it exists outside its hash.
 */
export async function createCalendarFeed({ actor }: TCreateCalendarFeedOptions) {
  assertCan(actor, 'create', asSubject('CalendarFeed', { _id: '', user: actor.id }))
  const replaced = await CalendarFeed.updateMany({ user: actor.id, revokedAt: null }, { revokedAt: new Date() })
  const { token, hash } = generateCalendarFeedToken()
  const feed = await CalendarFeed.create({ user: actor.id, hash })
  const regenerated = replaced.modifiedCount > 0
  await recordAuditEvent({
    actor,
    ...ownAuditScope(actor),
    action: regenerated ? 'calendar_feed.regenerated' : 'calendar_feed.created',
    subject: { type: 'CalendarFeed', id: String(feed._id) },
    summary: `${actor.name} ${regenerated ? 'replaced their calendar subscription address' : 'created a calendar subscription address'}`,
  })
  return { token, feed: feed.toObject() }
}
