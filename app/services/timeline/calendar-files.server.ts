import { accessibleBy } from '@casl/mongoose'
import { getAgreement } from '#app/services/agreements/get-agreement.server'
import { type TActor, actorFromUser } from '#app/utils/actor.server'
import { AppError } from '#app/utils/app-error'
import { appUrl } from '#app/utils/env.server'
import { buildIcs, type IcsAgreement } from '#clauses/calendar/ics'
import { Agreement, type TAgreement } from '#models/agreement'
import { CalendarFeed, findActiveCalendarFeedByHash } from '#models/calendar-feed'
import { User } from '#models/user'
import { hashCalendarFeedToken } from './calendar-feed-token.server'
import { agreementTimeline, loadManyTimelineInputs, loadTimelineInputs, type TTimelineInputs } from './timeline-inputs.server'

type TIcsSource = Pick<TAgreement, '_id' | 'reference' | 'title' | 'content'>

function icsAgreement(agreement: TIcsSource, inputs: TTimelineInputs): IcsAgreement {
  const id = String(agreement._id)
  return {
    id,
    reference: agreement.reference,
    title: agreement.title,
    url: appUrl(`/agreements/${id}/timeline`),
    entries: agreementTimeline({ agreement, inputs }).entries,
  }
}

export type TAgreementCalendarFileOptions = {
  actor: TActor
  agreementId: string
}

/** One agreement's deadlines as a calendar file, for an agreement the actor may read. */
export async function agreementCalendarFile({ actor, agreementId }: TAgreementCalendarFileOptions) {
  const agreement = await getAgreement({ actor, agreementId })
  const inputs = await loadTimelineInputs(agreement)
  const ics = buildIcs({ calendarName: `${agreement.reference} deadlines`, agreements: [icsAgreement(agreement, inputs)], generatedAt: new Date() })
  return { ics, fileName: `${agreement.reference.replace(/[^A-Za-z0-9-]+/g, '-')}-deadlines.ics` }
}

export type TCalendarFeedFileOptions = {
  token: string
}

/**
 * The deadlines of every agreement the feed's owner may read now (their permissions are checked
 * afresh on each fetch), or "not found" once the address has been revoked or replaced.
 */
export async function calendarFeedFile({ token }: TCalendarFeedFileOptions) {
  const notFound = new AppError('not_found', { message: 'This calendar address does not exist or has been revoked' })
  const feed = await findActiveCalendarFeedByHash(hashCalendarFeedToken(token))
  const user = feed ? await User.findById(feed.user).lean() : null
  // A deactivated person's feeds stop with their account.
  if (!feed || !user || user.deactivatedAt) throw notFound
  const actor = await actorFromUser(user)
  // A later version carries the deadlines now in force, so superseded versions are left out.
  const agreements = await Agreement.find({ $and: [{ status: { $ne: 'superseded' } }, accessibleBy(actor.ability, 'read').ofType('Agreement')] })
    .select({ reference: 1, title: 1, content: 1, authority: 1 })
    .sort({ reference: 1 })
    .lean()
  const inputsById = await loadManyTimelineInputs(agreements)
  const ics = buildIcs({
    calendarName: 'SLA deadlines',
    agreements: agreements.map((agreement) => icsAgreement(agreement, inputsById.get(String(agreement._id)) ?? { events: [] })),
    generatedAt: new Date(),
  })
  await CalendarFeed.updateOne({ _id: feed._id }, { lastFetchedAt: new Date() })
  return ics
}
