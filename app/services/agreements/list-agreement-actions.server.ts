import { type TActor } from '#app/utils/actor.server'
import { agreementSubject, type TAgreement } from '#models/agreement'
import { transitionsFor, type TTransition } from '#models/agreement-lifecycle'
import { rolesAtAuthority } from './roles-at-authority.server'

export type TListAgreementActionsOptions = {
  actor: TActor
  agreement: Pick<TAgreement, '_id' | 'authority' | 'parties' | 'memberSchools' | 'status'>
}

export type TAgreementActions = {
  transitions: TTransition[]
  canEdit: boolean
  canReview: boolean
  /** Open the legal review view read-only (authority staff, any status). */
  canReadReview: boolean
  canRenew: boolean
  canVary: boolean
}

/** What the actor may do to the agreement now: the moves the lifecycle allows their roles at its
 * authority and their permissions allow, so the page offers only buttons that will work. */
export function listAgreementActions({ actor, agreement }: TListAgreementActionsOptions): TAgreementActions {
  const subject = agreementSubject(agreement)
  const roles = rolesAtAuthority(actor, String(agreement.authority))
  const transitions = transitionsFor(agreement.status, roles).filter(
    (transition) => transition.by !== 'system' && actor.ability.can(transition.by.action, subject),
  )
  return {
    transitions,
    canEdit: actor.ability.can('update', subject),
    canReview: actor.ability.can('review', subject),
    canReadReview: actor.ability.can('readReview', subject),
    canRenew: actor.ability.can('renew', subject),
    canVary: actor.ability.can('vary', subject),
  }
}
