import { accessibleBy } from '@casl/mongoose'
import { asSubject } from '#models/access/subjects'
import { type TActor } from '#app/utils/actor.server'
import { Evidence } from '#models/evidence'
import { obligationSubject } from '#models/obligation'
import { getObligation } from './get-obligation.server'
import { todayInLondon, withTiming } from './list-obligations.server'

export type TGetObligationDetailOptions = { actor: TActor; obligationId: string }

/** One obligation instance with its evidence and reviews, and what the actor may do to it. */
export async function getObligationDetail({ actor, obligationId }: TGetObligationDetailOptions) {
  const obligation = await getObligation({ actor, obligationId })
  const evidence = await Evidence.find({ $and: [{ obligation: obligation._id }, accessibleBy(actor.ability, 'read').ofType('Evidence')] })
    .sort({ uploadedAt: 1 })
    .lean()
  const canUpload =
    actor.ability.can('create', asSubject('Evidence', { _id: '', authority: obligation.authority, organisation: obligation.organisation })) && obligation.state !== 'accepted'
  const canReview = actor.ability.can('review', obligationSubject(obligation)) && (obligation.state === 'submitted' || obligation.state === 'resubmitted')
  return { obligation: withTiming(obligation, todayInLondon()), evidence, canUpload, canReview }
}
