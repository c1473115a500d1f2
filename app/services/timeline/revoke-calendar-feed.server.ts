import { asSubject } from '#models/access/subjects'
import { type TActor, ownAuditScope } from '#app/utils/actor.server'
import { assertCan } from '#app/utils/permissions.server'
import { recordAuditEvent } from '#models/audit-event'
import { CalendarFeed } from '#models/calendar-feed'

export type TRevokeCalendarFeedOptions = {
  actor: TActor
}

/** Stops the actor's calendar subscription address working at once; calendar apps get a 404 from then on. */
export async function revokeCalendarFeed({ actor }: TRevokeCalendarFeedOptions) {
  const active = await CalendarFeed.findOne({ user: actor.id, revokedAt: null }).lean()
  if (!active) return null
  assertCan(actor, 'update', asSubject('CalendarFeed', active))
  const revoked = await CalendarFeed.findByIdAndUpdate(active._id, { revokedAt: new Date() }, { returnDocument: 'after' }).lean()
  await recordAuditEvent({
    actor,
    ...ownAuditScope(actor),
    action: 'calendar_feed.revoked',
    subject: { type: 'CalendarFeed', id: String(active._id) },
    summary: `${actor.name} revoked their calendar subscription address`,
  })
  return revoked
}
